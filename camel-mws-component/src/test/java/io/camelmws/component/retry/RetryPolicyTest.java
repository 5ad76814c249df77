package io.camelmws.component.retry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.Operation;
import io.camelmws.component.error.MwsContentMismatchException;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsTransportException;
import io.camelmws.component.error.MwsUncertainOutcomeException;
import io.camelmws.component.error.MwsUnreadableAnswerException;
import io.camelmws.component.model.ResponseMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The specification of retrying, as a table: failure x attempt x operation -> decision. No sandbox, no clock: the
 * back-off's jitter is fixed at its ceiling, so each delay is the largest the policy allows. maxRetries is 3 (four
 * attempts in all), retryDelay 500 ms, maxRetryDelay 30 s.
 */
class RetryPolicyTest {

    private static final RetryPolicy THROTTLING_CLIENT = new RetryPolicy(3, true, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), max -> max));
    private static final RetryPolicy NON_THROTTLING_CLIENT = new RetryPolicy(3, false, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), max -> max));

    private static final Operation LIST_ORDERS = operation("ListOrders", "Orders");
    private static final Operation GET_REPORT = operation("GetReport", "Reports");
    private static final Operation SUBMIT_FEED = operation("SubmitFeed", "Feeds");
    private static final Operation REQUEST_REPORT = operation("RequestReport", "Reports");
    private static final Operation CANCEL_FEED_SUBMISSIONS = operation("CancelFeedSubmissions", "Feeds");
    private static final Operation CREATE_SHIPMENT = operation("CreateShipment", "MerchantFulfillment");

    static Stream<Arguments> table() {
        return Stream.of(
                // MWS answered: it refused the request, so nothing was carried out, whatever the operation.
                row(answered(500, "InternalError"), 1, LIST_ORDERS, "RetryAfter 500 ms"),
                row(answered(500, "InternalError"), 2, LIST_ORDERS, "RetryAfter 1000 ms"),
                row(answered(503, "ServiceUnavailable"), 3, SUBMIT_FEED, "RetryAfter 2000 ms"),
                row(answered(503, "ServiceUnavailable"), 4, SUBMIT_FEED, "Fail MwsException"),
                row(answered(502, null), 1, CREATE_SHIPMENT, "RetryAfter 500 ms"),
                row(answered(500, "NonRetriableInternalError"), 1, LIST_ORDERS, "Fail MwsException"),
                row(answered(400, "InvalidParameterValue"), 1, LIST_ORDERS, "Fail MwsException"),
                row(answered(401, "AccessDenied"), 1, SUBMIT_FEED, "Fail MwsException"),
                row(answered(403, "SignatureDoesNotMatch"), 1, LIST_ORDERS, "Fail MwsException"),
                // Throttling: wait for the quota the client keeps, or back off when it keeps none.
                row(answered(503, "RequestThrottled"), 1, LIST_ORDERS, "WaitForQuota request"),
                row(answered(503, "RequestThrottled"), 3, SUBMIT_FEED, "WaitForQuota request"),
                row(answered(503, "RequestThrottled"), 4, LIST_ORDERS, "Fail MwsException"),
                row(quotaExceeded(Duration.ofMinutes(20)), 1, REQUEST_REPORT, "WaitForQuota hourly 1200000 ms"),
                row(quotaExceeded(null), 1, REQUEST_REPORT, "Fail MwsException"),
                row(quotaExceeded(Duration.ofMinutes(20)), 4, REQUEST_REPORT, "Fail MwsException"),
                // A stale Timestamp: re-signed once, without counting as a retry.
                row(answered(400, "RequestExpired"), 1, SUBMIT_FEED, "ReSign"),
                row(answered(400, "RequestExpired"), 4, LIST_ORDERS, "ReSign"),
                // Never sent: safe for every operation.
                row(transport(new ConnectException("refused")), 1, SUBMIT_FEED, "RetryAfter 500 ms"),
                row(transport(new ConnectException("refused")), 1, CREATE_SHIPMENT, "RetryAfter 500 ms"),
                row(transport(new ConnectException("refused")), 4, LIST_ORDERS, "Fail MwsTransportException"),
                // Possibly carried out: repeated only where the catalog says so; workflows are looked up; other writes fail.
                row(transport(new SocketException("Connection reset")), 1, LIST_ORDERS, "RetryAfter 500 ms"),
                row(transport(new SocketTimeoutException("Read timed out")), 2, CANCEL_FEED_SUBMISSIONS, "RetryAfter 1000 ms"),
                row(transport(new SocketException("Connection reset")), 4, LIST_ORDERS, "Fail MwsTransportException"),
                row(transport(new SocketException("Connection reset")), 1, SUBMIT_FEED, "Recover"),
                row(transport(new SocketException("Connection reset")), 4, SUBMIT_FEED, "Recover"),
                row(transport(new SocketTimeoutException("Read timed out")), 1, REQUEST_REPORT, "Recover"),
                row(transport(new SocketException("Connection reset")), 1, CREATE_SHIPMENT, "Fail MwsUncertainOutcomeException"),
                row(garbled(), 1, LIST_ORDERS, "RetryAfter 500 ms"),
                row(garbled(), 4, LIST_ORDERS, "Fail MwsUnreadableAnswerException"),
                row(garbled(), 1, SUBMIT_FEED, "Recover"),
                row(garbled(), 1, REQUEST_REPORT, "Recover"),
                row(garbled(), 1, CREATE_SHIPMENT, "Fail MwsUncertainOutcomeException"),
                // A download that arrived wrong is a read like any other.
                row(contentMismatch(), 1, GET_REPORT, "RetryAfter 500 ms"),
                row(contentMismatch(), 4, GET_REPORT, "Fail MwsContentMismatchException"));
    }

    @ParameterizedTest(name = "{0} after attempt {1} of {2} -> {3}")
    @MethodSource("table")
    void decides(Failure failure, int attempt, Operation operation, String expected) {
        assertThat(describe(THROTTLING_CLIENT.decide(failure, attempt, operation, false))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "without client throttling: {0} after attempt {1} -> {3}")
    @MethodSource("withoutClientThrottling")
    void withoutClientThrottling(Failure failure, int attempt, Operation operation, String expected) {
        assertThat(describe(NON_THROTTLING_CLIENT.decide(failure, attempt, operation, false))).isEqualTo(expected);
    }

    static Stream<Arguments> withoutClientThrottling() {
        return Stream.of(
                row(answered(503, "RequestThrottled"), 1, LIST_ORDERS, "RetryAfter 500 ms"),
                row(quotaExceeded(Duration.ofMinutes(20)), 1, REQUEST_REPORT, "Fail MwsException"));
    }

    @ParameterizedTest(name = "already re-signed: {0} -> {3}")
    @MethodSource("afterReSigning")
    void afterReSigning(Failure failure, int attempt, Operation operation, String expected) {
        assertThat(describe(THROTTLING_CLIENT.decide(failure, attempt, operation, true))).isEqualTo(expected);
    }

    static Stream<Arguments> afterReSigning() {
        return Stream.of(row(answered(400, "RequestExpired"), 2, LIST_ORDERS, "Fail MwsException"));
    }

    @ParameterizedTest(name = "ceiling after attempt {0}: {1} ms")
    @MethodSource("ceilings")
    void theBackOffDoublesUpToItsCap(int attempt, long ceilingMillis) {
        assertThat(new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30)).ceiling(attempt)).isEqualTo(Duration.ofMillis(ceilingMillis));
    }

    static Stream<Arguments> ceilings() {
        return Stream.of(Arguments.of(1, 500), Arguments.of(2, 1000), Arguments.of(7, 30_000), Arguments.of(40, 30_000), Arguments.of(200, 30_000));
    }

    private static String describe(RetryDecision decision) {
        if (decision instanceof RetryDecision.RetryAfter retry) {
            return "RetryAfter " + retry.delay().toMillis() + " ms";
        }
        if (decision instanceof RetryDecision.WaitForQuota wait) {
            return wait.hourly() ? "WaitForQuota hourly " + wait.resetsIn().toMillis() + " ms" : "WaitForQuota request";
        }
        if (decision instanceof RetryDecision.Fail fail) {
            return "Fail " + fail.failure().getClass().getSimpleName();
        }
        return decision.getClass().getSimpleName();
    }

    private static Arguments row(Failure failure, int attempt, Operation operation, String expected) {
        return Arguments.of(failure, attempt, operation, expected);
    }

    private static Operation operation(String name, String section) {
        return MwsCatalog.standard().section(section).orElseThrow().operations().get(name);
    }

    private static Failure answered(int status, String code) {
        MwsException error = new MwsException("X", status, "Sender", code, "as MWS says", null, "req-1");
        error.setResponseMetadata(metadata(null));
        return Failure.answered(error, null);
    }

    private static Failure quotaExceeded(Duration resetsIn) {
        MwsException error = new MwsException("RequestReport", 503, "Sender", "QuotaExceeded", "You exceeded your quota", null, "req-1");
        error.setResponseMetadata(metadata(null));
        return Failure.answered(error, resetsIn);
    }

    private static Failure transport(IOException cause) {
        return Failure.transport(cause);
    }

    private static Failure garbled() {
        return Failure.garbled(new MwsUnreadableAnswerException("X", 200, "not well-formed XML", "req-1"));
    }

    private static Failure contentMismatch() {
        return Failure.contentMismatch(new MwsContentMismatchException("GetReport", 200, "the downloaded 10 bytes have MD5 x but MWS's is y", "req-1", null));
    }

    private static ResponseMetadata metadata(java.time.Instant resetsOn) {
        return new ResponseMetadata(503, "req-1", null, null, null, resetsOn, null, "text/xml", null, null, java.time.Instant.EPOCH, null);
    }
}
