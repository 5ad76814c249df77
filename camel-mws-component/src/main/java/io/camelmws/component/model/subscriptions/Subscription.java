package io.camelmws.component.model.subscriptions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A notification type delivered to a destination, enabled or not. */
public record Subscription(
        @JsonProperty("NotificationType") String notificationType,
        @JsonProperty("Destination") Destination destination,
        @JsonProperty("IsEnabled") Boolean enabled) {
}
