package io.camelmws.sandbox.feeds;

import io.camelmws.sandbox.webservice.ProcessingTimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds the sandbox received, oldest first. Bodies live in one temporary directory, created on the first
 * feed and emptied by {@link #reset()}, deleted by {@link #close()}.
 * <pre>{@code
 * ReceivedFeed feed = sandbox.feeds().all().get(0);
 * assertThat(feed.declaredCharset()).isEqualTo("Shift_JIS");
 * }</pre>
 */
public final class FeedStore implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FeedStore.class.getName());

    /** Ids look like MWS's 11-digit FeedSubmissionIds and keep growing across resets. */
    private static final long FIRST_NUMBER = 50_099_018_001L;

    private final ProcessingTimes times;
    private final Map<String, FeedSubmission> submissions = new LinkedHashMap<>();
    private long nextNumber = FIRST_NUMBER;
    private Path directory;
    private boolean closed;

    FeedStore(ProcessingTimes times) {
        this.times = times;
    }

    /** Every feed received since start or the last reset, oldest first. */
    public synchronized List<ReceivedFeed> all() {
        return submissions.values().stream().map(FeedSubmission::feed).toList();
    }

    /** The feed with this FeedSubmissionId. */
    public synchronized Optional<ReceivedFeed> find(String feedSubmissionId) {
        FeedSubmission submission = submissions.get(feedSubmissionId);
        return submission == null ? Optional.empty() : Optional.of(submission.feed());
    }

    /**
     * The feeds whose processing has ended ({@code _DONE_}) by {@code now}, in submission order: what the seller's
     * data looks like after them (a price feed changes the prices GetMyPriceForSKU answers).
     */
    public synchronized List<ReceivedFeed> processedBy(Instant now) {
        return submissions.values().stream()
                .filter(submission -> submission.statusAt(now) == FeedProcessingStatus.DONE)
                .map(FeedSubmission::feed).toList();
    }

    /** The directory the bodies are kept in, or {@code null} before the first feed. */
    public synchronized Path directory() {
        return directory;
    }

    /**
     * Takes over a spooled body (moved, not copied) and records the submission.
     *
     * @param feed the feed, whose {@code path} is still the spooled file and is replaced by the stored one
     */
    synchronized FeedSubmission submit(ReceivedFeed feed) {
        if (closed) {
            throw new IllegalStateException("The feed store is closed");
        }
        long number = nextNumber++;
        String id = Long.toString(number);
        try {
            if (directory == null) {
                directory = Files.createTempDirectory("camel-mws-sandbox-feeds-");
            }
            Path stored = directory.resolve(id + ".feed");
            Files.move(feed.path(), stored, StandardCopyOption.REPLACE_EXISTING);
            ReceivedFeed kept = new ReceivedFeed(id, feed.feedType(), feed.contentType(), feed.declaredCharset(),
                    feed.size(), feed.md5Base64(), stored, feed.marketplaceIds(), feed.purgeAndReplace(),
                    feed.feedOptions(), feed.submittedAt());
            FeedSubmission submission = new FeedSubmission(number, kept, times);
            submissions.put(id, submission);
            return submission;
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox cannot keep feed " + id, e);
        }
    }

    synchronized FeedSubmission submission(String id) {
        return submissions.get(id);
    }

    synchronized List<FeedSubmission> submissions() {
        return new ArrayList<>(submissions.values());
    }

    /** Forgets every feed and deletes their bodies (ids keep counting). */
    public synchronized void reset() {
        submissions.clear();
        deleteBodies(false);
    }

    /** Forgets every feed and deletes the directory. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        submissions.clear();
        deleteBodies(true);
    }

    private void deleteBodies(boolean andDirectory) {
        if (directory == null) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            if (andDirectory) {
                Files.deleteIfExists(directory);
                directory = null;
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the feeds in " + directory, e);
        }
    }
}
