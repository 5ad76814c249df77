package io.camelmws.component;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import io.camelmws.component.error.MwsThrottledException;
import io.camelmws.component.throttle.ThrottlingMode;

import static org.assertj.core.api.Assertions.assertThat;

/** The client-side quota: refusing at once when asked to, and waiting without a thread per waiting exchange. */
class MwsThrottleTest extends MwsTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("mws", MwsComponent.class).getConfiguration().setThrottling(ThrottlingMode.WAIT);
        return context;
    }

    @Test
    void throttlingFailRefusesAtOnceAndSaysWhenTheNextRequestIsDue() {
        String uri = "mws:GetServiceStatus?section=Orders&throttling=fail";
        assertThat(template.request(uri, e -> { }).getException()).isNull();
        assertThat(template.request(uri, e -> { }).getException()).isNull();

        Exchange third = template.request(uri, e -> { });

        // GetServiceStatus: 2 requests, then one every 5 minutes (REFERENCE 2.2).
        assertThat(third.getException()).isInstanceOfSatisfying(MwsThrottledException.class, e -> {
            assertThat(e.getRetryAfter()).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
            assertThat(e.getMessage()).contains("GetServiceStatus").contains("throttling=fail");
            assertThat(e.isRetryable()).isTrue();
        });
        assertThat(received()).hasSize(2);
        // Quotas are per section: Sellers' GetServiceStatus is untouched.
        assertThat(template.request("mws:GetServiceStatus?section=Sellers&throttling=fail", e -> { }).getException()).isNull();
    }

    @Test
    void aWaitBeyondMaxThrottleWaitFailsInsteadOfWaiting() {
        String uri = "mws:GetServiceStatus?section=Orders&maxThrottleWait=2s";
        template.request(uri, e -> { });
        template.request(uri, e -> { });

        Exchange third = template.request(uri, e -> { });

        assertThat(third.getException()).isInstanceOf(MwsThrottledException.class).hasMessageContaining("maxThrottleWait (2000 ms)");
        // Refused without waiting for a request it could not have in time.
        assertThat(third.getMessage().getHeader(MwsConstants.THROTTLE_WAIT_MILLIS)).isEqualTo(0L);
        assertThat(received()).hasSize(2);
    }

    @Test
    void aThousandWaitingExchangesHoldOnlyABoundedNumberOfThreads() throws Exception {
        MwsEndpoint endpoint = context.getEndpoint("mws:GetServiceStatus?section=Products&maxThrottleWait=3650d", MwsEndpoint.class);
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int before = clientThreads(threads);
        AtomicInteger done = new AtomicInteger();
        CountDownLatch burst = new CountDownLatch(2);

        for (int i = 0; i < 1000; i++) {
            Exchange exchange = new DefaultExchange(context);
            producer.process(exchange, doneSync -> {
                done.incrementAndGet();
                burst.countDown();
            });
        }
        assertThat(burst.await(10, TimeUnit.SECONDS)).as("the burst's two exchanges completed").isTrue();
        int during = clientThreads(threads);

        // Two were in the burst; the other 998 wait for a request every 5 minutes, parked as scheduled tasks.
        // Added: the quota timer and HttpClient's idle-connection evictor; nothing per exchange.
        assertThat(done).hasValue(2);
        assertThat(during - before).as("client threads added while 998 exchanges wait").isLessThanOrEqualTo(3);
        assertThat(received()).hasSize(2);
        producer.stop();
    }

    /** Threads of this JVM except the sandbox's, which serves the test from the same process. */
    private static int clientThreads(ThreadMXBean threads) {
        return (int) java.util.Arrays.stream(threads.dumpAllThreads(false, false))
                .map(java.lang.management.ThreadInfo::getThreadName)
                .filter(name -> !name.startsWith("mws-sandbox") && !name.equals("HTTP-Dispatcher") && !name.equals("idle-timeout-task"))
                .count();
    }
}
