package io.camelmws.component.model.subscriptions;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The destinations registered for a marketplace. */
public record ListRegisteredDestinationsResult(
        @JsonProperty("DestinationList")
        @JacksonXmlElementWrapper(localName = "DestinationList")
        List<Destination> destinations) {

    public ListRegisteredDestinationsResult {
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
    }
}
