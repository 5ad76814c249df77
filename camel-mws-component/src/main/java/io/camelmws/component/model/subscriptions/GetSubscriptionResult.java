package io.camelmws.component.model.subscriptions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The subscription for one notification type and destination. */
public record GetSubscriptionResult(
        @JsonProperty("Subscription") Subscription subscription) {
}
