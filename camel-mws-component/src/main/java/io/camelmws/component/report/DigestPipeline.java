package io.camelmws.component.report;

import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Computes a digest of a download on another thread while the downloading thread receives and writes the next
 * chunk. MD5 costs about as much CPU as receiving and writing together, so overlapping them nearly doubles what
 * one download can do on two cores.
 * <p>
 * Chunks are digested in the order given, one at a time. The caller alternates between two buffers: a buffer
 * handed to {@link #update} may be filled again only after the next call to {@code update} (or {@link #digest})
 * has returned, because each call first waits for the previous chunk to be done.
 */
final class DigestPipeline {

    private final MessageDigest digest;
    private final Executor executor;
    private CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);

    DigestPipeline(MessageDigest digest, Executor executor) {
        this.digest = digest;
        this.executor = executor;
    }

    /** Waits for the previous chunk, then digests {@code length} bytes of {@code chunk} in the background. */
    void update(byte[] chunk, int length) {
        awaitPrevious();
        previous = CompletableFuture.runAsync(() -> digest.update(chunk, 0, length), executor);
    }

    /** Waits for every chunk and completes the digest. */
    byte[] digest() {
        awaitPrevious();
        return digest.digest();
    }

    /** Lets a chunk in flight finish, so the buffers are no longer read when the caller gives up. */
    void abandon() {
        try {
            awaitPrevious();
        } catch (RuntimeException ignored) {
            // Already failing; the digest will not be used.
        }
    }

    private void awaitPrevious() {
        try {
            previous.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
