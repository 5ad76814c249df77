package io.camelmws.component.model.outbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** CreateFulfillmentReturn: the returns authorised, those refused, and where the authorised ones go. */
public record CreateFulfillmentReturnResult(
        @JsonProperty("ReturnItemList")
        @JacksonXmlElementWrapper(localName = "ReturnItemList")
        List<ReturnItem> returnItems,
        @JsonProperty("InvalidReturnItemList")
        @JacksonXmlElementWrapper(localName = "InvalidReturnItemList")
        List<InvalidReturnItem> invalidReturnItems,
        @JsonProperty("ReturnAuthorizationList")
        @JacksonXmlElementWrapper(localName = "ReturnAuthorizationList")
        List<ReturnAuthorization> returnAuthorizations) {

    public CreateFulfillmentReturnResult {
        returnItems = returnItems == null ? List.of() : List.copyOf(returnItems);
        invalidReturnItems = invalidReturnItems == null ? List.of() : List.copyOf(invalidReturnItems);
        returnAuthorizations = returnAuthorizations == null ? List.of() : List.copyOf(returnAuthorizations);
    }
}
