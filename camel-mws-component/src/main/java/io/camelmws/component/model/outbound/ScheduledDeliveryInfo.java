package io.camelmws.component.model.outbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The Scheduled Delivery windows a preview offers (Japan, with IncludeDeliveryWindows), in the time zone named. */
public record ScheduledDeliveryInfo(
        @JsonProperty("DeliveryTimeZone") String deliveryTimeZone,
        @JsonProperty("DeliveryWindows")
        @JacksonXmlElementWrapper(localName = "DeliveryWindows")
        List<DeliveryWindow> deliveryWindows) {

    public ScheduledDeliveryInfo {
        deliveryWindows = deliveryWindows == null ? List.of() : List.copyOf(deliveryWindows);
    }
}
