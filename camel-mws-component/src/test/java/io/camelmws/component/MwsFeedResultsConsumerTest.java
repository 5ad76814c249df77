package io.camelmws.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * from("mws:GetFeedSubmissionList") while another route submits feeds without awaiting them, against a sandbox
 * running 600 times faster than real time: each submission is delivered once, after it reached _DONE_, with its
 * processing report; a submission still being processed holds the window so that it is seen when it finishes.
 */
class MwsFeedResultsConsumerTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    private static final String PRICE_FEED = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";

    /** What the route saw of one delivery. */
    private record Delivery(String submissionId, String status, Integer processed, String report) {
    }

    @Test
    void eachFinishedSubmissionIsDeliveredOnceWithItsProcessingReport() throws Exception {
        List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
        PollCounter polls = new PollCounter();
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        context.getRegistry().bind("polls", polls);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mws:GetFeedSubmissionList?initialLastUpdatedAfter=PT10M&delay=100&pollStrategy=#polls").routeId("feed-results")
                        .process(exchange -> deliveries.add(new Delivery(exchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class),
                                exchange.getMessage().getHeader(MwsConstants.FEED_PROCESSING_STATUS, String.class),
                                exchange.getMessage().getHeader(MwsConstants.MESSAGES_PROCESSED, Integer.class),
                                exchange.getMessage().getBody(String.class))));
            }
        });
        context.start();
        List<String> submitted = new ArrayList<>();
        try {
            ProducerTemplate template = context.createProducerTemplate();
            for (int i = 0; i < 3; i++) {
                String feed = "sku\tprice\tquantity\nSKU-" + i + "\t12.50\t" + (i + 1) + "\n";
                submitted.add(template.request("mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=ATVPDKIKX0DER",
                        exchange -> exchange.getMessage().setBody(feed)).getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class));
                polls.await(2);
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (deliveries.size() < 3 && System.nanoTime() < deadline) {
                polls.await(1);
            }
            polls.await(3);
        } finally {
            context.stop();
        }

        assertThat(deliveries).extracting(Delivery::submissionId).containsExactlyInAnyOrderElementsOf(submitted);
        assertThat(deliveries).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo("_DONE_");
            assertThat(delivery.processed()).isEqualTo(1);
            assertThat(delivery.report()).isNotBlank();
        });
        List<SandboxRequest> requests = SANDBOX.sandbox().requests();
        for (String id : submitted) {
            assertThat(ScaledMws.naming(ScaledMws.of(requests, "GetFeedSubmissionResult"), id)).as("downloaded once").hasSize(1);
        }
        // While the last submission was processed, the window stayed at (or before) its SubmittedDate.
        SandboxRequest lastSubmit = ScaledMws.of(requests, "SubmitFeed").get(2);
        List<SandboxRequest> listings = ScaledMws.of(requests, "GetFeedSubmissionList");
        assertThat(listings).allSatisfy(listing -> assertThat(listing.parameters()).containsKey("SubmittedFromDate").containsEntry("MaxCount", "100"));
        List<SandboxRequest> afterLastSubmit = listings.stream().filter(listing -> listing.receivedAt().isAfter(lastSubmit.receivedAt())).toList();
        assertThat(afterLastSubmit.get(0).parameter("SubmittedFromDate")).isLessThanOrEqualTo(
                java.time.format.DateTimeFormatter.ISO_INSTANT.format(lastSubmit.receivedAt().plusSeconds(1)));
        assertThat(Map.of("throttled", requests.stream().filter(request -> "RequestThrottled".equals(request.errorCode())).count()))
                .containsEntry("throttled", 0L);
    }
}
