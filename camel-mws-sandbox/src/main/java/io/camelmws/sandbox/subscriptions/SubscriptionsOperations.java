package io.camelmws.sandbox.subscriptions;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.util.List;

/** Plugs the Subscriptions 2013-07-01 operations into the sandbox; what they remember is forgotten on reset. */
public final class SubscriptionsOperations {

    private final SubscriptionStore store = new SubscriptionStore();

    /** Registers the nine Subscriptions operations (GetServiceStatus is answered for every section). */
    public void register(OperationRegistry registry, SectionCatalog catalog) {
        Section section = catalog.section("Subscriptions");
        SubscriptionsHandler handler = new SubscriptionsHandler(store);
        register(registry, section, "RegisterDestination", handler::registerDestination);
        register(registry, section, "DeregisterDestination", handler::deregisterDestination);
        register(registry, section, "ListRegisteredDestinations", handler::listRegisteredDestinations);
        register(registry, section, "SendTestNotificationToDestination", handler::sendTestNotification);
        register(registry, section, "CreateSubscription", handler::createSubscription);
        register(registry, section, "GetSubscription", handler::getSubscription);
        register(registry, section, "DeleteSubscription", handler::deleteSubscription);
        register(registry, section, "ListSubscriptions", handler::listSubscriptions);
        register(registry, section, "UpdateSubscription", handler::updateSubscription);
    }

    private static void register(OperationRegistry registry, Section section, String action, OperationHandler handler) {
        registry.register(section, action, WebServiceResponses.guarded(handler));
    }

    /** How many test notifications SendTestNotificationToDestination has sent, for tests to assert on. */
    public int testNotificationsSent() {
        return store.testNotifications().size();
    }

    /** The SQS queue URLs test notifications were sent to, oldest first. */
    public List<String> testNotificationQueues() {
        return store.testNotifications().stream()
                .map(sent -> sent.destination().attributes().get(Destination.SQS_QUEUE_URL)).toList();
    }

    /** Forgets what the section remembers, as a fresh sandbox; registered for MwsSandbox.reset(). */
    public void reset() {
        store.reset();
    }
}
