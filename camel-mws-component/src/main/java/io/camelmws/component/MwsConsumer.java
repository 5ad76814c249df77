package io.camelmws.component;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.monitor.PollStatus;
import io.camelmws.component.monitor.SellerMonitor;
import io.camelmws.component.poll.InitialStart;
import io.camelmws.component.poll.PollBatch;
import io.camelmws.component.poll.PollRepositories;
import io.camelmws.component.poll.PolledAnswer;
import io.camelmws.component.poll.PolledItem;

/**
 * Polls a list operation from a watermark and emits one exchange per item version, oldest first; what is listed and
 * how an item becomes a message is the {@link PolledSource} the catalog's poll names. The watermark is where MWS said
 * the listing ended, never this machine's clock; it and the delivered versions are committed only as the poll's
 * exchanges complete (see {@link PollBatch}), so an item is never skipped, and delivered again only when its exchange
 * failed or the consumer stopped before it was done.
 */
final class MwsConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(MwsConsumer.class);
    /** How long stopping waits for a running poll to end and commit; a route's shutdown timeout bounds the rest. */
    static final long STOP_WAIT_MILLIS = 30_000;

    private final MwsEndpoint endpoint;
    private final InitialStart initialStart;
    private final PollRepositories repositories;
    private final PolledSource source;
    private volatile PollBatch inFlight;
    /** Held while a poll lists and emits: stopping waits for it, so the poll's commit is stored before the consumer is stopped. */
    private final java.util.concurrent.locks.ReentrantLock polling = new java.util.concurrent.locks.ReentrantLock();
    private PollStatus status;
    private SellerMonitor monitor;

    /** @throws IllegalArgumentException when the endpoint cannot be polled as configured, naming the option */
    MwsConsumer(MwsEndpoint endpoint, Processor processor, InitialStart initialStart) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.initialStart = initialStart;
        PolledListing listing = new PolledListing(endpoint);
        this.source = PolledSources.of(endpoint, listing);
        MwsConfiguration c = endpoint.getConfiguration();
        // A polled state without a version instant (FBA supply) is delivered when it differs from its id's last delivered one.
        this.repositories = new PollRepositories(c.getStateRepository(), c.getIdempotentRepository(), c.getStateFile(), listing.stateKey(),
                listing.spec().version() == null);
    }

    @Override
    protected void doStart() throws Exception {
        // Before the scheduler starts: the first poll reads the watermark.
        repositories.start();
        status = new PollStatus(endpoint.getTarget().action(), getRouteId(), repositories.storage());
        repositories.watermark().ifPresent(status::watermark);
        if (repositories.inMemory()) {
            LOG.warn("{} keeps its watermark or delivered items in memory: after a restart it starts again from initialLastUpdatedAfter={}"
                     + " and may deliver items again. Set {} to keep them.",
                    endpoint, endpoint.getConfiguration().getInitialLastUpdatedAfter(), repositories.persistentOptions());
        }
        monitor = endpoint.getComponent().monitor(endpoint.settings(), endpoint.getConfiguration());
        monitor.register(status);
        source.start();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        // A poll still emitting sees the consumer stopping and ends; its commit must be written before this consumer
        // counts as stopped: under master: the next leader starts as soon as it is, and reads the committed state.
        // Waited for before the scheduler is stopped, which interrupts its thread: an interrupt while the last
        // completed exchange is being recorded would leave it unrecorded, and the next poll would deliver it again.
        if (polling.tryLock(STOP_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            polling.unlock();
        } else {
            LOG.warn("{}: a poll still runs after {} ms; stopping without waiting for its commit (its orders will be listed again)", endpoint,
                    STOP_WAIT_MILLIS);
        }
        super.doStop();
        if (monitor != null) {
            monitor.unregister(status);
        }
        repositories.stop();
    }

    @Override
    protected int poll() throws Exception {
        polling.lock();
        try {
            return pollLocked();
        } finally {
            polling.unlock();
        }
    }

    private int pollLocked() {
        int emitted = 0;
        Window window;
        do {
            PollBatch previous = inFlight;
            if (previous != null && !previous.isDone()) {
                // Its items are still being routed (an asynchronous route): listing again would emit them twice.
                LOG.debug("{}: the previous poll's exchanges are still running; not polling", endpoint);
                return emitted;
            }
            // To the millisecond: MWS's dates carry no finer part, and a window closed at after + maxPollWindow is echoed as sent.
            Instant after = repositories.watermark()
                    .orElseGet(() -> initialStart.resolve(endpoint.pipeline().clock().instant()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            window = pollWindow(after);
            emitted += window.emitted();
            // A window the consumer closed itself (maxPollWindow) is followed at once by the next one, as long as this
            // one is committed up to its end: an item that failed holds the watermark, and the next poll lists it again.
        } while (window.answer().windowCapped() && isRunAllowed() && inFlight.isDone()
                 && repositories.watermark().filter(window.answer().listedUntil()::equals).isPresent());
        return emitted;
    }

    /** One listing and how many of its items were emitted. */
    private record Window(PolledAnswer answer, int emitted) {
    }

    /** Lists one window from {@code after} and emits what it holds that was not delivered yet. */
    private Window pollWindow(Instant after) {
        PolledAnswer answer;
        List<PolledItem> fresh;
        try {
            answer = source.list(after);
            // By identity: they are the listed instances, and hashing an item would hash its whole XML.
            Set<PolledItem> notDelivered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            notDelivered.addAll(repositories.notDelivered(answer));
            fresh = source.deliverable(answer, item -> !notDelivered.contains(item));
        } catch (RuntimeException e) {
            status.failed(e);
            throw e;
        }
        status.polled(Instant.now());
        LOG.debug("{}: {} items from {} to {}, {} to deliver", endpoint, answer.items().size(), after, answer.listedUntil(), fresh.size());
        PollBatch batch = new PollBatch(fresh, answer.listedUntil(), this::commit);
        inFlight = batch;
        int emitted = 0;
        try {
            while (emitted < fresh.size() && isRunAllowed()) {
                emit(batch, emitted);
                emitted++;
            }
        } finally {
            batch.emissionEnded(emitted);
        }
        return new Window(answer, emitted);
    }

    private void commit(Instant watermark, List<PolledItem> delivered) {
        repositories.commitWatermark(watermark);
        repositories.forgetBefore(watermark, delivered);
        status.watermark(watermark);
        if (!delivered.isEmpty()) {
            source.completed(delivered);
        }
    }

    private void emit(PollBatch batch, int index) {
        PolledItem item = batch.items().get(index);
        Exchange exchange = createExchange(false);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                repositories.markDelivered(item);
                batch.delivered(index);
            }

            @Override
            public void onFailure(Exchange failed) {
                batch.undelivered(index);
            }
        });
        try {
            source.fill(exchange, item);
            getProcessor().process(exchange);
        } catch (Exception e) {
            // Thrown before the route's unit of work could run the synchronizations (the item's download failed, or
            // its parts could not be fetched): run them here, so the item counts as failed and a spooled file goes.
            exchange.setException(e);
            org.apache.camel.support.UnitOfWorkHelper.doneSynchronizations(exchange, exchange.getExchangeExtension().handoverCompletions());
            batch.undelivered(index);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Error processing " + item.id() + " (" + item.version() + ") from " + endpoint, exchange,
                    exchange.getException());
        }
    }
}
