package io.camelmws.sandbox.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A feed exactly as SubmitFeed received it, for tests to assert on what a client sent. The body is kept in a
 * file of the sandbox's temporary feed directory (deleted on reset and close), never in memory.
 *
 * @param feedSubmissionId the FeedSubmissionId the sandbox gave it
 * @param feedType         the FeedType parameter
 * @param contentType      the Content-Type header as sent, or {@code null}
 * @param declaredCharset  the {@code charset} of the Content-Type, as written, or {@code null} when none
 * @param size             bytes received
 * @param md5Base64        base64 MD5 of the bytes received
 * @param path             where the bytes are
 * @param marketplaceIds   {@code MarketplaceIdList.Id.n} (or the deprecated {@code Marketplace}); empty when none
 * @param purgeAndReplace  the PurgeAndReplace parameter (default false)
 * @param feedOptions      the FeedOptions parameter, or {@code null}
 * @param submittedAt      the simulated instant of the submission (its SubmittedDate)
 */
public record ReceivedFeed(String feedSubmissionId, String feedType, String contentType, String declaredCharset,
                           long size, String md5Base64, Path path, List<String> marketplaceIds,
                           boolean purgeAndReplace, String feedOptions, Instant submittedAt) {

    public ReceivedFeed {
        marketplaceIds = List.copyOf(marketplaceIds);
    }

    /**
     * The body's bytes. For tests with small feeds: the whole feed is read into memory.
     *
     * @throws UncheckedIOException when the sandbox has been reset or closed since (the file is gone)
     */
    public byte[] content() {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Feed " + feedSubmissionId + " is no longer stored at " + path, e);
        }
    }

    /** The body decoded with {@code charset}. */
    public String text(Charset charset) {
        return new String(content(), charset);
    }
}
