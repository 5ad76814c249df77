package io.camelmws.sandbox.subscriptions;

import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.webservice.OperationFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The destinations and subscriptions of the sandbox's seller, per marketplace: MWS kept them per seller, developer
 * and marketplace. Refusals use MWS's {@code InvalidInputFatalException}; the two destination messages are the
 * ones real MWS sent, the subscription ones follow their wording (docs/sandbox.md says which is which).
 */
final class SubscriptionStore {

    private final Map<String, Set<Destination>> destinations = new LinkedHashMap<>();
    private final Map<String, Map<Subscription.Key, Subscription>> subscriptions = new LinkedHashMap<>();
    private final List<TestNotification> testNotifications = new ArrayList<>();

    /** A test notification "sent" by SendTestNotificationToDestination (the sandbox reaches no SQS queue). */
    record TestNotification(String marketplaceId, Destination destination, Instant sentAt) {
    }

    synchronized void register(String marketplaceId, Destination destination) {
        if (!destinations.computeIfAbsent(marketplaceId, id -> new LinkedHashSet<>()).add(destination)) {
            throw fatal("An exception was thrown while attempting to Create a Destination. This can happen if the "
                    + "Destination has already been registered.");
        }
    }

    synchronized void deregister(String marketplaceId, Destination destination) {
        requireRegistered(marketplaceId, destination);
        boolean subscribed = subscriptionsOf(marketplaceId).keySet().stream()
                .anyMatch(key -> key.destination().equals(destination));
        if (subscribed) {
            // The DeregisterDestination page: delete the subscriptions delivered there first.
            throw fatal("An exception was thrown while attempting to Delete a Destination. This can happen if a "
                    + "Subscription is still delivered to the Destination; delete it first.");
        }
        destinations.get(marketplaceId).remove(destination);
    }

    synchronized List<Destination> destinations(String marketplaceId) {
        return List.copyOf(destinations.getOrDefault(marketplaceId, Set.of()));
    }

    synchronized void sendTest(String marketplaceId, Destination destination, Instant now) {
        requireRegistered(marketplaceId, destination);
        testNotifications.add(new TestNotification(marketplaceId, destination, now));
    }

    synchronized List<TestNotification> testNotifications() {
        return List.copyOf(testNotifications);
    }

    synchronized void create(String marketplaceId, Subscription subscription) {
        requireRegistered(marketplaceId, subscription.destination());
        if (subscriptionsOf(marketplaceId).putIfAbsent(subscription.key(), subscription) != null) {
            throw fatal("An exception was thrown while attempting to Create a Subscription. This can happen if the "
                    + "Subscription already exists.");
        }
    }

    synchronized void update(String marketplaceId, Subscription subscription) {
        requireRegistered(marketplaceId, subscription.destination());
        if (subscriptionsOf(marketplaceId).replace(subscription.key(), subscription) == null) {
            throw notSubscribed();
        }
    }

    synchronized Subscription get(String marketplaceId, Subscription.Key key) {
        requireRegistered(marketplaceId, key.destination());
        Subscription subscription = subscriptionsOf(marketplaceId).get(key);
        if (subscription == null) {
            throw notSubscribed();
        }
        return subscription;
    }

    synchronized void delete(String marketplaceId, Subscription.Key key) {
        requireRegistered(marketplaceId, key.destination());
        if (subscriptionsOf(marketplaceId).remove(key) == null) {
            throw notSubscribed();
        }
    }

    synchronized List<Subscription> subscriptions(String marketplaceId) {
        return List.copyOf(subscriptionsOf(marketplaceId).values());
    }

    synchronized void reset() {
        destinations.clear();
        subscriptions.clear();
        testNotifications.clear();
    }

    private Map<Subscription.Key, Subscription> subscriptionsOf(String marketplaceId) {
        return subscriptions.computeIfAbsent(marketplaceId, id -> new LinkedHashMap<>());
    }

    private void requireRegistered(String marketplaceId, Destination destination) {
        if (!destinations.getOrDefault(marketplaceId, Set.of()).contains(destination)) {
            throw fatal("An exception was thrown while attempting to access the Destination. This can happen if the "
                    + "Destination has not been registered.");
        }
    }

    private static OperationFailure notSubscribed() {
        return fatal("An exception was thrown while attempting to access the Subscription. This can happen if the "
                + "Subscription does not exist.");
    }

    private static OperationFailure fatal(String message) {
        return new OperationFailure(MwsError.of(400, "InvalidInputFatalException", message));
    }
}
