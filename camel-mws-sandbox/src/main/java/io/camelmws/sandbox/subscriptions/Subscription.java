package io.camelmws.sandbox.subscriptions;

import java.util.List;
import java.util.Objects;

/**
 * One subscription: a notification type delivered to a registered destination, enabled or not.
 */
record Subscription(String notificationType, Destination destination, boolean enabled) {

    /** The notification types of the NotificationType enumeration page (Subscriptions_NotificationType). */
    static final List<String> NOTIFICATION_TYPES = List.of("AnyOfferChanged", "FeedProcessingFinished",
            "FBAOutboundShipmentStatus", "FeePromotion", "FulfillmentOrderStatus", "ReportProcessingFinished");

    Subscription {
        Objects.requireNonNull(notificationType, "notificationType");
        Objects.requireNonNull(destination, "destination");
    }

    /** A subscription is known by its type and destination; IsEnabled is what UpdateSubscription changes. */
    Key key() {
        return new Key(notificationType, destination);
    }

    record Key(String notificationType, Destination destination) {
    }
}
