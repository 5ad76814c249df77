package io.camelmws.sandbox.feeds;

import io.camelmws.sandbox.webservice.ProcessingTimes;
import java.time.Instant;
import java.util.function.Function;

/**
 * One feed submission: the received feed, and a status derived from its submission instant and the instant asked
 * about; a cancellation is the only change, recorded with its simulated instant. The processing report is made
 * once, the first time it is asked for after processing has ended.
 */
final class FeedSubmission {

    private final long number;
    private final ReceivedFeed feed;
    private final ProcessingTimes times;
    private Instant cancelledAt;
    private ProcessingReport report;

    FeedSubmission(long number, ReceivedFeed feed, ProcessingTimes times) {
        this.number = number;
        this.feed = feed;
        this.times = times;
    }

    long number() {
        return number;
    }

    String id() {
        return feed.feedSubmissionId();
    }

    ReceivedFeed feed() {
        return feed;
    }

    Instant submittedAt() {
        return feed.submittedAt();
    }

    Instant startedAt() {
        return times.startedAt(feed.submittedAt());
    }

    Instant completedAt() {
        return times.completedAt(feed.submittedAt());
    }

    synchronized FeedProcessingStatus statusAt(Instant now) {
        if (cancelledAt != null && !now.isBefore(cancelledAt)) {
            return FeedProcessingStatus.CANCELLED;
        }
        if (now.isBefore(startedAt())) {
            return FeedProcessingStatus.SUBMITTED;
        }
        return now.isBefore(completedAt()) ? FeedProcessingStatus.IN_PROGRESS : FeedProcessingStatus.DONE;
    }

    /** Only a submission still {@code _SUBMITTED_} can be cancelled (Feeds_CancelFeedSubmissions). */
    synchronized boolean cancel(Instant now) {
        if (statusAt(now) == FeedProcessingStatus.SUBMITTED) {
            cancelledAt = now;
            return true;
        }
        return false;
    }

    synchronized ProcessingReport report(Function<ReceivedFeed, ProcessingReport> processor) {
        if (report == null) {
            report = processor.apply(feed);
        }
        return report;
    }
}
