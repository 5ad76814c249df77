package io.camelmws.component.model.subscriptions;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** Where notifications are delivered: the delivery channel ({@code SQS}) and its attributes. */
public record Destination(
        @JsonProperty("DeliveryChannel") String deliveryChannel,
        @JsonProperty("AttributeList")
        @JacksonXmlElementWrapper(localName = "AttributeList")
        List<AttributeKeyValue> attributes) {

    public Destination {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }
}
