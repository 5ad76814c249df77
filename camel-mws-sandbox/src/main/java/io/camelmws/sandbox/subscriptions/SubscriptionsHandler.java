package io.camelmws.sandbox.subscriptions;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.util.List;
import java.util.Map;

/**
 * The nine Subscriptions operations on one {@link SubscriptionStore}. Writes answer an empty Result
 * ({@code <RegisterDestinationResult/>}, as recorded); reads answer the destination or subscription as the PHP
 * client library's sample XML shows it, attributes as {@code AttributeList/member}.
 */
final class SubscriptionsHandler {

    private final SubscriptionStore store;

    SubscriptionsHandler(SubscriptionStore store) {
        this.store = store;
    }

    SandboxResponse registerDestination(OperationCall call) {
        WebServiceParameters parameters = parameters(call);
        store.register(marketplace(parameters), Destination.read(parameters, "Destination"));
        return WebServiceResponses.emptyResult(call);
    }

    SandboxResponse deregisterDestination(OperationCall call) {
        WebServiceParameters parameters = parameters(call);
        store.deregister(marketplace(parameters), Destination.read(parameters, "Destination"));
        return WebServiceResponses.emptyResult(call);
    }

    SandboxResponse sendTestNotification(OperationCall call) {
        WebServiceParameters parameters = parameters(call);
        store.sendTest(marketplace(parameters), Destination.read(parameters, "Destination"), call.now());
        return WebServiceResponses.emptyResult(call);
    }

    SandboxResponse createSubscription(OperationCall call) {
        WebServiceParameters parameters = parameters(call);
        store.create(marketplace(parameters), subscription(parameters));
        return WebServiceResponses.emptyResult(call);
    }

    SandboxResponse updateSubscription(OperationCall call) {
        WebServiceParameters parameters = parameters(call);
        store.update(marketplace(parameters), subscription(parameters));
        return WebServiceResponses.emptyResult(call);
    }

    SandboxResponse deleteSubscription(OperationCall call) {
        WebServiceParameters parameters = parameters(call);
        store.delete(marketplace(parameters), key(parameters));
        return WebServiceResponses.emptyResult(call);
    }

    SandboxResponse listRegisteredDestinations(OperationCall call) {
        List<Destination> destinations = store.destinations(marketplace(parameters(call)));
        return WebServiceResponses.result(call, xml -> {
            xml.start("DestinationList");
            destinations.forEach(destination -> destination(xml, "member", destination));
            xml.end("DestinationList");
        });
    }

    SandboxResponse getSubscription(OperationCall call) {
        WebServiceParameters parameters = parameters(call);
        Subscription subscription = store.get(marketplace(parameters), key(parameters));
        return WebServiceResponses.result(call, xml -> subscription(xml, "Subscription", subscription));
    }

    SandboxResponse listSubscriptions(OperationCall call) {
        List<Subscription> subscriptions = store.subscriptions(marketplace(parameters(call)));
        return WebServiceResponses.result(call, xml -> {
            xml.start("SubscriptionList");
            subscriptions.forEach(subscription -> subscription(xml, "member", subscription));
            xml.end("SubscriptionList");
        });
    }

    private static WebServiceParameters parameters(OperationCall call) {
        return new WebServiceParameters(call.parameters());
    }

    private static String marketplace(WebServiceParameters parameters) {
        return parameters.marketplaceId(List.of());
    }

    private static Subscription subscription(WebServiceParameters parameters) {
        WebServiceParameters subscription = parameters.nested("Subscription");
        String type = notificationType(subscription, "Subscription.NotificationType");
        Boolean enabled = subscription.bool("IsEnabled");
        if (enabled == null) {
            throw new OperationFailure(MwsErrors.missingParameter("Subscription.IsEnabled"));
        }
        return new Subscription(type, Destination.read(parameters, "Subscription.Destination"), enabled);
    }

    private static Subscription.Key key(WebServiceParameters parameters) {
        return new Subscription.Key(notificationType(parameters, "NotificationType"),
                Destination.read(parameters, "Destination"));
    }

    private static String notificationType(WebServiceParameters parameters, String fullName) {
        String local = fullName.substring(fullName.lastIndexOf('.') + 1);
        if (parameters.optional(local) == null) {
            throw new OperationFailure(MwsErrors.missingParameter(fullName));
        }
        String type = parameters.optional(local);
        if (!Subscription.NOTIFICATION_TYPES.contains(type)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(fullName, type,
                    String.join(", ", Subscription.NOTIFICATION_TYPES)));
        }
        return type;
    }

    private static void subscription(XmlWriter xml, String element, Subscription subscription) {
        xml.start(element).element("NotificationType", subscription.notificationType());
        destination(xml, "Destination", subscription.destination());
        xml.element("IsEnabled", Boolean.toString(subscription.enabled())).end(element);
    }

    private static void destination(XmlWriter xml, String element, Destination destination) {
        xml.start(element).element("DeliveryChannel", destination.deliveryChannel()).start("AttributeList");
        for (Map.Entry<String, String> attribute : destination.attributes().entrySet()) {
            xml.start("member").element("Key", attribute.getKey()).element("Value", attribute.getValue())
                    .end("member");
        }
        xml.end("AttributeList").end(element);
    }
}
