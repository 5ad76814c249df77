package io.camelmws.sandbox.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.support.WebServiceClient;
import io.camelmws.sandbox.support.WebServiceClient.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Subscriptions operation over a socket: answer shapes, state per marketplace, MWS's refusals. */
class SubscriptionsSandboxTest {

    private static final String NS = "http://mws.amazonservices.com/schema/Subscriptions/2013-07-01";
    private static final String US = "ATVPDKIKX0DER";
    private static final String DE = "A1PA6795UKMFR9";
    private static final String QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/mws-notifications";

    private static MwsSandbox sandbox;
    private static WebServiceClient client;

    @BeforeAll
    static void start() {
        sandbox = MwsSandbox.builder().accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY)
                .secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY).sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID)
                .throttling(false).orders(0).build().start();
        client = WebServiceClient.section(sandbox, "Subscriptions", "2013-07-01", NS);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static String[] destination(String prefix, String marketplaceId, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of("MarketplaceId", marketplaceId,
                prefix + ".DeliveryChannel", "SQS", prefix + ".AttributeList.member.1.Key", "sqsQueueUrl",
                prefix + ".AttributeList.member.1.Value", QUEUE));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static Response ok(String action, String... parameters) {
        Response response = client.call(action, parameters).assertOk();
        assertThat(response.document().getDocumentElement().getLocalName()).isEqualTo(action + "Response");
        assertThat(response.document().getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        assertThat(response.text("RequestId")).isEqualTo(response.header("x-mws-request-id"));
        return response;
    }

    @Test
    void aDestinationIsRegisteredListedTestedSubscribedToAndRemovedAgain() {
        Response registered = ok("RegisterDestination", destination("Destination", US));
        assertThat(registered.text()).contains("<RegisterDestinationResult/>");

        Response listed = ok("ListRegisteredDestinations", "MarketplaceId", US);
        assertThat(listed.texts("DeliveryChannel")).containsExactly("SQS");
        assertThat(listed.records("member")).contains(Map.of("Key", "sqsQueueUrl", "Value", QUEUE));
        assertThat(ok("ListRegisteredDestinations", "MarketplaceId", DE).texts("DeliveryChannel")).isEmpty();

        ok("SendTestNotificationToDestination", destination("Destination", US));
        assertThat(sandbox.subscriptions().testNotificationQueues()).containsExactly(QUEUE);

        ok("CreateSubscription", destination("Subscription.Destination", US, "Subscription.NotificationType",
                "AnyOfferChanged", "Subscription.IsEnabled", "true"));
        Response got = ok("GetSubscription", destination("Destination", US, "NotificationType", "AnyOfferChanged"));
        assertThat(got.text("NotificationType")).isEqualTo("AnyOfferChanged");
        assertThat(got.text("IsEnabled")).isEqualTo("true");
        assertThat(got.text("Value")).isEqualTo(QUEUE);

        ok("UpdateSubscription", destination("Subscription.Destination", US, "Subscription.NotificationType",
                "AnyOfferChanged", "Subscription.IsEnabled", "false"));
        Response listedSubscriptions = ok("ListSubscriptions", "MarketplaceId", US);
        assertThat(listedSubscriptions.texts("NotificationType")).containsExactly("AnyOfferChanged");
        assertThat(listedSubscriptions.text("IsEnabled")).isEqualTo("false");

        ok("DeleteSubscription", destination("Destination", US, "NotificationType", "AnyOfferChanged"));
        assertThat(ok("ListSubscriptions", "MarketplaceId", US).texts("NotificationType")).isEmpty();
        ok("DeregisterDestination", destination("Destination", US));
        assertThat(ok("ListRegisteredDestinations", "MarketplaceId", US).texts("DeliveryChannel")).isEmpty();
    }

    @Test
    void duplicatesAndUnknownDestinationsAreRefusedAsMwsRefusedThem() {
        ok("RegisterDestination", destination("Destination", US));
        Response again = client.call("RegisterDestination", destination("Destination", US))
                .assertError(400, "InvalidInputFatalException", NS);
        assertThat(again.text("Message")).isEqualTo("An exception was thrown while attempting to Create a "
                + "Destination. This can happen if the Destination has already been registered.");
        assertThat(again.text("Type")).isEqualTo("Sender");

        Response unknown = client.call("DeregisterDestination", destination("Destination", DE))
                .assertError(400, "InvalidInputFatalException", NS);
        assertThat(unknown.text("Message")).contains("the Destination has not been registered");
        client.call("SendTestNotificationToDestination", destination("Destination", DE))
                .assertError(400, "InvalidInputFatalException", NS);

        String[] subscription = destination("Subscription.Destination", US, "Subscription.NotificationType",
                "FeedProcessingFinished", "Subscription.IsEnabled", "true");
        ok("CreateSubscription", subscription);
        assertThat(client.call("CreateSubscription", subscription).assertError(400, "InvalidInputFatalException", NS)
                .text("Message")).contains("Subscription already exists");
        client.call("GetSubscription", destination("Destination", US, "NotificationType", "AnyOfferChanged"))
                .assertError(400, "InvalidInputFatalException", NS);
        client.call("DeregisterDestination", destination("Destination", US))
                .assertError(400, "InvalidInputFatalException", NS);
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        assertThat(client.call("RegisterDestination", "MarketplaceId", US, "Destination.DeliveryChannel", "SNS")
                .assertError(400, "InvalidParameterValue", NS).text("Message"))
                .contains("Destination.DeliveryChannel").contains("SNS").contains("SQS");
        assertThat(client.call("RegisterDestination", "MarketplaceId", US, "Destination.DeliveryChannel", "SQS")
                .assertError(400, "MissingParameter", NS).text("Message")).contains("sqsQueueUrl");
        assertThat(client.call("CreateSubscription", destination("Subscription.Destination", US,
                        "Subscription.NotificationType", "OrderChanged", "Subscription.IsEnabled", "true"))
                .assertError(400, "InvalidParameterValue", NS).text("Message")).contains("AnyOfferChanged");
        assertThat(client.call("ListSubscriptions", "MarketplaceId", "A21TJRUUN4KGV")
                .assertError(400, "InvalidParameterValue", NS).text("Message")).contains("MarketplaceId");
        client.call("ListSubscriptions").assertError(400, "MissingParameter", NS);
    }

    @Test
    void quotaHeadersAnnounceTheHourlyQuotaOfTheOperationPages() {
        try (MwsSandbox throttled = MwsSandbox.builder().accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY)
                .secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY).sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID)
                .orders(0).build().start()) {
            Response response = WebServiceClient.section(throttled, "Subscriptions", "2013-07-01", NS)
                    .call("ListSubscriptions", "MarketplaceId", US).assertOk();
            assertThat(response.header("x-mws-quota-max")).isEqualTo("7200.0");
        }
    }
}
