package io.camelmws.sandbox.feeds;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.webservice.ProcessingTimes;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Duration;
import java.util.Objects;

/**
 * The Feeds section (REFERENCE 7.1, 9.2): SubmitFeed with its Content-MD5 checks, the feed life cycle on the
 * simulated clock, and processing reports that find the broken messages and rows of XML and flat-file feeds.
 * Received feeds are kept on disk and listed by {@link #feeds()}.
 */
public final class FeedsSimulation implements AutoCloseable {

    /** Submissions are listed, and their results kept, for 90 days (REFERENCE 9.2). */
    static final Duration RETENTION = Duration.ofDays(90);

    private final FeedStore store;
    private final FeedTypes types = FeedTypes.standard();
    private final String merchantId;

    /**
     * @param times      how long feeds stay {@code _SUBMITTED_} and {@code _IN_PROGRESS_}
     * @param merchantId the seller, named in the processing report's Header/MerchantIdentifier
     */
    public FeedsSimulation(ProcessingTimes times, String merchantId) {
        this.store = new FeedStore(Objects.requireNonNull(times, "times"));
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
    }

    /** The feeds received so far. */
    public FeedStore feeds() {
        return store;
    }

    /** Registers the Feeds operations of {@code feeds} (the catalog's Feeds section). */
    public void register(OperationRegistry registry, Section feeds) {
        SubmitFeedOperation submit = new SubmitFeedOperation(store, types);
        FeedSubmissionOperations submissions = new FeedSubmissionOperations(store, types, new FeedProcessor(types),
                merchantId);
        add(registry, feeds, "SubmitFeed", submit::submit);
        add(registry, feeds, "GetFeedSubmissionList", submissions::list);
        add(registry, feeds, "GetFeedSubmissionListByNextToken", submissions::listByNextToken);
        add(registry, feeds, "GetFeedSubmissionCount", submissions::count);
        add(registry, feeds, "CancelFeedSubmissions", submissions::cancel);
        add(registry, feeds, "GetFeedSubmissionResult", submissions::result);
    }

    /** Forgets every feed and deletes their bodies. */
    public void reset() {
        store.reset();
    }

    /** Deletes the feed directory. */
    @Override
    public void close() {
        store.close();
    }

    private static void add(OperationRegistry registry, Section section, String action, OperationHandler handler) {
        registry.register(section, action, WebServiceResponses.guarded(handler));
    }
}
