package io.camelmws.component;

import java.time.Instant;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.poll.InitialStart;
import io.camelmws.component.poll.OrderVersion;
import io.camelmws.component.poll.OrdersAnswer;
import io.camelmws.component.poll.PollBatch;
import io.camelmws.component.poll.PollRepositories;

/**
 * Polls ListOrders from a watermark and emits one exchange per order version, oldest change first. The watermark is
 * the LastUpdatedBefore MWS answered, never this machine's clock; it and the delivered versions are committed only
 * as the poll's exchanges complete (see {@link PollBatch}), so an order is never skipped, and delivered again only
 * when its exchange failed or the consumer stopped before it was done.
 */
final class MwsConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(MwsConsumer.class);

    private final MwsEndpoint endpoint;
    private final InitialStart initialStart;
    private final PollRepositories repositories;
    private final OrderListing listing;
    private volatile PollBatch inFlight;

    /** @throws IllegalArgumentException when the endpoint cannot be polled as configured, naming the option */
    MwsConsumer(MwsEndpoint endpoint, Processor processor, InitialStart initialStart) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.initialStart = initialStart;
        this.listing = new OrderListing(endpoint);
        MwsConfiguration c = endpoint.getConfiguration();
        this.repositories = new PollRepositories(c.getStateRepository(), c.getIdempotentRepository(), c.getStateFile(), listing.stateKey());
    }

    @Override
    protected void doStart() throws Exception {
        // Before the scheduler starts: the first poll reads the watermark.
        repositories.start();
        if (repositories.inMemory()) {
            LOG.warn("{} keeps its watermark or delivered orders in memory: after a restart it starts again from initialLastUpdatedAfter={}"
                     + " and may deliver orders again. Set stateFile, or stateRepository and idempotentRepository, to keep them.",
                    endpoint, endpoint.getConfiguration().getInitialLastUpdatedAfter());
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        repositories.stop();
    }

    @Override
    protected int poll() throws Exception {
        PollBatch previous = inFlight;
        if (previous != null && !previous.isDone()) {
            // Its orders are still being routed (an asynchronous route): listing again would emit them twice.
            LOG.debug("{}: the previous poll's exchanges are still running; not polling", endpoint);
            return 0;
        }
        Instant after = repositories.watermark().orElseGet(() -> initialStart.resolve(endpoint.pipeline().clock().instant()));
        OrdersAnswer answer = listing.list(after);
        List<OrderVersion> fresh = repositories.notDelivered(answer);
        LOG.debug("{}: {} orders updated from {} to {}, {} not delivered before", endpoint, answer.orders().size(), after,
                answer.lastUpdatedBefore(), fresh.size());
        PollBatch batch = new PollBatch(fresh, answer.lastUpdatedBefore(), repositories::commitWatermark);
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
        return emitted;
    }

    private void emit(PollBatch batch, int index) {
        OrderVersion order = batch.orders().get(index);
        Exchange exchange = createExchange(false);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                repositories.markDelivered(order);
                batch.delivered(index);
            }

            @Override
            public void onFailure(Exchange failed) {
                batch.undelivered(index);
            }
        });
        try {
            fill(exchange.getMessage(), order, endpoint.settings().resultBodies());
            getProcessor().process(exchange);
        } catch (Exception e) {
            // Thrown before the route's unit of work could run the synchronization.
            exchange.setException(e);
            batch.undelivered(index);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Error processing order " + order.amazonOrderId() + " from " + endpoint, exchange,
                    exchange.getException());
        }
    }

    /** The one place an order becomes a message: its XML, its typed Order or that order's JSON, as resultFormat says. */
    private static void fill(Message message, OrderVersion order, ResultBodies bodies) {
        message.setBody(bodies.element(order.xml(), io.camelmws.component.model.orders.Order.class, "ListOrders"));
        message.setHeader(MwsConstants.AMAZON_ORDER_ID, order.amazonOrderId());
        message.setHeader(MwsConstants.LAST_UPDATE_DATE, order.lastUpdateDate());
    }
}
