package io.camelmws.sandbox.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.support.MutableClock;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.Xml;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * MWS's throttling with the reference's values (REFERENCE 2.2), on a wall clock the test moves by hand and a
 * simulation that runs 60 times faster, so five simulated minutes take five real (here: pretended) seconds.
 */
class ThrottlingTest {

    private final MutableClock wall = MutableClock.at("2013-10-24T00:30:00.250Z");
    private MwsSandbox sandbox;

    private MwsSandbox start(MwsSandbox.Builder builder) {
        sandbox = builder.accessKey("AKIATHROTTLE00000001").secretKey("throttle+secret/=").sellerId("A1THROTTLE")
                .clock(wall).build().start();
        return sandbox;
    }

    private MwsSandbox startScaled() {
        return start(MwsSandbox.builder().timeScale(60));
    }

    @AfterEach
    void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private HttpResponse<String> call(String path, String action) {
        return SignedRequest.to(sandbox).path(path).action(action).send();
    }

    private HttpResponse<String> serviceStatus() {
        return call("/Orders/2013-09-01", "GetServiceStatus");
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void getServiceStatusAllowsTwoThenOneEveryFiveMinutes() {
        startScaled();
        assertThat(serviceStatus().statusCode()).isEqualTo(200);
        assertThat(serviceStatus().statusCode()).isEqualTo(200);

        HttpResponse<String> throttled = serviceStatus();
        assertThat(throttled.statusCode()).isEqualTo(503);
        Xml error = Xml.parse(throttled.body());
        assertThat(error.text("Code")).isEqualTo("RequestThrottled");
        assertThat(error.text("Message")).isEqualTo("Request is throttled");
        // Recorded throttling answers carry an empty Type, not Sender: clients must go by the Code.
        assertThat(error.text("Type")).isEmpty();
        assertThat(error.text("RequestID")).isEqualTo(header(throttled, "x-mws-request-id"));
        assertThat(error.rootNamespace()).isEqualTo("https://mws.amazonservices.com/Orders/2013-09-01");

        // 4.9 real seconds are 4 min 54 s simulated: not yet.
        wall.tick(Duration.ofMillis(4_900));
        assertThat(serviceStatus().statusCode()).isEqualTo(503);
        // 5 real seconds are the 5 simulated minutes of one restore: exactly one request comes back.
        wall.tick(Duration.ofMillis(100));
        assertThat(serviceStatus().statusCode()).isEqualTo(200);
        assertThat(serviceStatus().statusCode()).isEqualTo(503);

        // advance() works as well as time passing; the bucket never holds more than its maximum.
        sandbox.advanceClock(Duration.ofHours(1));
        assertThat(List.of(serviceStatus().statusCode(), serviceStatus().statusCode(), serviceStatus().statusCode()))
                .containsExactly(200, 200, 503);
        assertThat(sandbox.requests()).extracting(SandboxRequest::errorCode)
                .containsExactly(null, null, "RequestThrottled", "RequestThrottled", null, "RequestThrottled",
                        null, null, "RequestThrottled");
    }

    @Test
    void forgivesFiftyWallMillisecondsOfJitterButNeverAnExtraBurstRequest() {
        startScaled();
        serviceStatus();
        serviceStatus();
        // 4.96 real seconds are 297.6 simulated: 2.4 s early, within 50 ms x 60 = 3 s.
        wall.tick(Duration.ofMillis(4_960));
        assertThat(serviceStatus().statusCode()).isEqualTo(200);
        assertThat(serviceStatus().statusCode()).isEqualTo(503);

        // A bucket restoring every 100 ms (simulated) is not widened by a 3 s tolerance.
        sandbox.advanceClock(Duration.ofHours(2));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            statuses.add(call("/Products/2011-10-01", "GetMyPriceForSKU").statusCode());
        }
        assertThat(statuses.subList(0, 20)).doesNotContain(503);
        assertThat(statuses.get(20)).isEqualTo(503);
    }

    @Test
    void eachSectionsGetServiceStatusHasItsOwnBucket() {
        startScaled();
        serviceStatus();
        serviceStatus();
        assertThat(serviceStatus().statusCode()).isEqualTo(503);
        assertThat(call("/Sellers/2011-07-01", "GetServiceStatus").statusCode()).isEqualTo(200);
        assertThat(call("/Products/2011-10-01", "GetServiceStatus").statusCode()).isEqualTo(200);
    }

    @Test
    void listOrdersAndListOrdersByNextTokenShareOneBucketOfSixRestoredEveryMinute() {
        startScaled();
        for (int i = 0; i < 6; i++) {
            String action = i % 2 == 0 ? "ListOrders" : "ListOrdersByNextToken";
            assertThat(call("/Orders/2013-09-01", action).statusCode()).as(action + " #" + i).isNotEqualTo(503);
        }
        HttpResponse<String> byNextToken = call("/Orders/2013-09-01", "ListOrdersByNextToken");
        assertThat(byNextToken.statusCode()).isEqualTo(503);
        assertThat(Xml.parse(byNextToken.body()).text("Code")).isEqualTo("RequestThrottled");
        assertThat(call("/Orders/2013-09-01", "ListOrders").statusCode()).isEqualTo(503);
        // GetOrder has a bucket of its own.
        assertThat(call("/Orders/2013-09-01", "GetOrder").statusCode()).isNotEqualTo(503);

        wall.tick(Duration.ofSeconds(1)); // one simulated minute: one request back, for either operation
        assertThat(call("/Orders/2013-09-01", "ListOrdersByNextToken").statusCode()).isNotEqualTo(503);
        assertThat(call("/Orders/2013-09-01", "ListOrders").statusCode()).isEqualTo(503);
    }

    @Test
    void theHourlyQuotaAnswersQuotaExceededWithMwsExactMessageAndHeaders() {
        start(MwsSandbox.builder()); // scale 1: the simulated hour is moved with advance()
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            answers.add(call("/Feeds/2009-01-01", "SubmitFeed"));
        }
        // The bucket (15, one back every 2 minutes) is empty; a throttled request costs no hourly quota.
        HttpResponse<String> throttled = call("/Feeds/2009-01-01", "SubmitFeed");
        assertThat(throttled.statusCode()).isEqualTo(503);
        assertThat(Xml.parse(throttled.body()).text("Code")).isEqualTo("RequestThrottled");
        assertThat(header(throttled, "x-mws-quota-remaining")).isEqualTo("15.0");
        for (int i = 0; i < 15; i++) {
            sandbox.advanceClock(Duration.ofMinutes(2));
            answers.add(call("/Feeds/2009-01-01", "SubmitFeed"));
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isNotEqualTo(503));
        assertThat(answers).extracting(answer -> header(answer, "x-mws-quota-max")).containsOnly("30.0");
        assertThat(header(answers.get(0), "x-mws-quota-remaining")).isEqualTo("29.0");
        assertThat(header(answers.get(14), "x-mws-quota-remaining")).isEqualTo("15.0");
        assertThat(header(answers.get(29), "x-mws-quota-remaining")).isEqualTo("0.0");

        sandbox.advanceClock(Duration.ofMinutes(2)); // the bucket has room again; the hour does not
        HttpResponse<String> exceeded = call("/Feeds/2009-01-01", "SubmitFeed");
        assertThat(exceeded.statusCode()).isEqualTo(503);
        Xml error = Xml.parse(exceeded.body());
        assertThat(error.text("Code")).isEqualTo("QuotaExceeded");
        assertThat(error.text("Type")).isEqualTo("Sender");
        // The window opened at 00:30 (simulated) and resets at 01:30 simulated. 32 simulated minutes were
        // advanced without the wall clock moving, so the simulation reaches 01:30 at 00:58 wall time.
        assertThat(error.text("Message")).isEqualTo("You exceeded your quota of 30.0 requests per 1 hour for "
                + "operation Feeds/2009-01-01/SubmitFeed.  Your quota will reset on Thu Oct 24 00:58:00 UTC 2013");
        assertThat(header(exceeded, "x-mws-quota-max")).isEqualTo("30.0");
        assertThat(header(exceeded, "x-mws-quota-remaining")).isEqualTo("0.0");
        assertThat(header(exceeded, "x-mws-quota-resetsOn")).isEqualTo("2013-10-24T00:58:00.000Z");

        sandbox.advanceClock(Duration.ofMinutes(28)); // simulated 01:30:00.250: a new window, until 02:30
        HttpResponse<String> fresh = call("/Feeds/2009-01-01", "SubmitFeed");
        assertThat(fresh.statusCode()).isNotEqualTo(503);
        assertThat(header(fresh, "x-mws-quota-remaining")).isEqualTo("29.0");
        assertThat(header(fresh, "x-mws-quota-resetsOn")).isEqualTo("2013-10-24T01:30:00.000Z");
    }

    @Test
    void resetsOnIsTheWallInstantAtWhichTheScaledSimulationResetsTheWindow() {
        wall.tick(Duration.ofMillis(-250)); // start on the minute: 00:30:00.000
        startScaled();
        HttpResponse<String> count = call("/Reports/2009-01-01", "GetReportCount");
        assertThat(count.statusCode()).isNotEqualTo(503);
        assertThat(header(count, "x-mws-quota-max")).isEqualTo("80.0");
        assertThat(header(count, "x-mws-quota-remaining")).isEqualTo("79.0");
        // Window 00:30 to 01:30 simulated; at 60x the simulated hour lasts one real minute.
        assertThat(header(count, "x-mws-quota-resetsOn")).isEqualTo("2013-10-24T00:31:00.000Z");

        wall.tick(Duration.ofSeconds(61)); // past the reset
        HttpResponse<String> next = call("/Reports/2009-01-01", "GetReportCount");
        assertThat(header(next, "x-mws-quota-remaining")).isEqualTo("79.0");
        assertThat(header(next, "x-mws-quota-resetsOn")).isEqualTo("2013-10-24T00:32:01.000Z");
    }

    @Test
    void quotaHeadersComeWithErrorAnswersToo() {
        startScaled();
        // Whether the handler answers 200 or an error (or the operation is not simulated), the headers come.
        HttpResponse<String> answer = call("/Reports/2009-01-01", "GetReportScheduleCount");
        assertThat(answer.statusCode()).isBetween(200, 499);
        assertThat(header(answer, "x-mws-quota-max")).isEqualTo("80.0");
    }

    @Test
    void ordersSellersAndGetServiceStatusNeverSendQuotaHeaders() {
        startScaled();
        for (HttpResponse<String> answer : List.of(serviceStatus(), call("/Orders/2013-09-01", "ListOrders"),
                call("/Orders/2013-09-01", "GetOrder"), call("/Sellers/2011-07-01", "ListMarketplaceParticipations"),
                call("/Products/2011-10-01", "GetServiceStatus"))) {
            assertThat(answer.headers().map().keySet()).as(answer.uri() + " " + answer.body())
                    .noneMatch(name -> name.toLowerCase().startsWith("x-mws-quota"));
        }
    }

    @Test
    void operationsWithoutPublishedValuesAreNotThrottled() {
        startScaled();
        for (int i = 0; i < 40; i++) {
            assertThat(call("/MerchantFulfillment/2015-06-01", "GetShipment").statusCode()).isNotEqualTo(503);
        }
    }

    @Test
    void raisedLimitsAreSetPerOperationOrBucket() {
        start(MwsSandbox.builder().timeScale(60)
                .quota("GetServiceStatus", 4, Duration.ofSeconds(30), null)
                .quota("ListOrdersByNextToken", 1, Duration.ofMinutes(1), null)
                .quota("GetMatchingProduct", 20, Duration.ofMillis(500), 3));
        for (int i = 0; i < 4; i++) {
            assertThat(serviceStatus().statusCode()).isEqualTo(200);
        }
        assertThat(serviceStatus().statusCode()).isEqualTo(503);
        // Naming one operation of a shared bucket sets the bucket's values.
        assertThat(call("/Orders/2013-09-01", "ListOrders").statusCode()).isNotEqualTo(503);
        assertThat(call("/Orders/2013-09-01", "ListOrdersByNextToken").statusCode()).isEqualTo(503);

        HttpResponse<String> third = null;
        for (int i = 0; i < 3; i++) {
            third = call("/Products/2011-10-01", "GetMatchingProduct");
        }
        assertThat(header(third, "x-mws-quota-max")).isEqualTo("3.0");
        HttpResponse<String> fourth = call("/Products/2011-10-01", "GetMatchingProduct");
        assertThat(Xml.parse(fourth.body()).text("Message"))
                .startsWith("You exceeded your quota of 3.0 requests per 1 hour for operation "
                        + "Products/2011-10-01/GetMatchingProduct.  Your quota will reset on Thu Oct 24 00:31:00 UTC 2013");
    }

    @Test
    void anUnknownQuotaNameFailsAtBuildNamingIt() {
        assertThatThrownBy(() -> MwsSandbox.builder().accessKey("K").secretKey("S").sellerId("A")
                .quota("ListOrder", 6, Duration.ofMinutes(1), null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ListOrder");
        assertThatThrownBy(() -> MwsSandbox.builder().quota("ListOrders", 0, Duration.ofMinutes(1), null))
                .hasMessageContaining("at least 1");
    }

    @Test
    void throttlingCanBeSwitchedOffAtBuildAndAtRunTime() {
        start(MwsSandbox.builder().throttling(false));
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = serviceStatus();
            assertThat(answer.statusCode()).isEqualTo(200);
        }
        assertThat(header(call("/Feeds/2009-01-01", "GetFeedSubmissionCount"), "x-mws-quota-max")).isNull();
        sandbox.setThrottling(true);
        assertThat(sandbox.throttling()).isTrue();
        serviceStatus();
        serviceStatus();
        assertThat(serviceStatus().statusCode()).isEqualTo(503);
        sandbox.setThrottling(false);
        assertThat(serviceStatus().statusCode()).isEqualTo(200);
    }

    @Test
    void resetFillsTheBucketsAgain() {
        startScaled();
        serviceStatus();
        serviceStatus();
        assertThat(serviceStatus().statusCode()).isEqualTo(503);
        sandbox.reset();
        assertThat(serviceStatus().statusCode()).isEqualTo(200);
        assertThat(sandbox.requests()).hasSize(1);
    }
}
