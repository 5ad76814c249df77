package io.camelmws.component.model.outbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** ListReturnReasonCodes: the codes CreateFulfillmentReturn accepts for the SKU. */
public record ListReturnReasonCodesResult(
        @JsonProperty("ReasonCodeDetailsList")
        @JacksonXmlElementWrapper(localName = "ReasonCodeDetailsList")
        List<ReasonCodeDetails> reasonCodeDetails) {

    public ListReturnReasonCodesResult {
        reasonCodeDetails = reasonCodeDetails == null ? List.of() : List.copyOf(reasonCodeDetails);
    }
}
