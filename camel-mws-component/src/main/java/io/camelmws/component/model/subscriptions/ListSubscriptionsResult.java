package io.camelmws.component.model.subscriptions;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The subscriptions of a marketplace. */
public record ListSubscriptionsResult(
        @JsonProperty("SubscriptionList")
        @JacksonXmlElementWrapper(localName = "SubscriptionList")
        List<Subscription> subscriptions) {

    public ListSubscriptionsResult {
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
    }
}
