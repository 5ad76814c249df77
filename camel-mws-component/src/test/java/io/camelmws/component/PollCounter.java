package io.camelmws.component;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer's pollStrategy that counts completed polls, so a test waits for polls instead of for time. */
public final class PollCounter extends DefaultPollingConsumerPollStrategy {

    private final Semaphore done = new Semaphore(0);

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        done.release();
    }

    /** Waits for {@code count} more polls, at most a minute. */
    public void await(int count) throws InterruptedException {
        assertThat(done.tryAcquire(count, 60, TimeUnit.SECONDS)).as("%d polls within a minute", count).isTrue();
    }
}
