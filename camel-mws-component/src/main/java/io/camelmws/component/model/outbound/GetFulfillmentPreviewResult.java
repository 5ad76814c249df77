package io.camelmws.component.model.outbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** GetFulfillmentPreview: one preview per shipping speed. */
public record GetFulfillmentPreviewResult(
        @JsonProperty("FulfillmentPreviews")
        @JacksonXmlElementWrapper(localName = "FulfillmentPreviews")
        List<FulfillmentPreview> fulfillmentPreviews) {

    public GetFulfillmentPreviewResult {
        fulfillmentPreviews = fulfillmentPreviews == null ? List.of() : List.copyOf(fulfillmentPreviews);
    }
}
