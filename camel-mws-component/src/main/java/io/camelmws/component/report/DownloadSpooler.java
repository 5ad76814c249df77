package io.camelmws.component.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import io.camelmws.component.error.MwsContentMismatchException;
import io.camelmws.component.feed.Md5;
import io.camelmws.component.http.ResponseMetadata;

/**
 * Reads a document download to its end while computing its MD5: in memory up to {@code memoryThreshold}
 * bytes, then into a temporary file. Only a download whose MD5 equals MWS's Content-MD5 is handed on; one that
 * differs or ends early is deleted and reported as an {@link MwsContentMismatchException}.
 */
public final class DownloadSpooler {

    private static final int BUFFER = 256 * 1024;

    private final long memoryThreshold;
    private final Path directory;
    private final DownloadProgress progress;

    public DownloadSpooler(long memoryThreshold, Path directory, DownloadProgress progress) {
        this.memoryThreshold = memoryThreshold;
        this.directory = directory;
        this.progress = progress;
    }

    public VerifiedDocument spool(String action, InputStream body, ResponseMetadata metadata, String expectedMd5) {
        if (expectedMd5 == null || expectedMd5.isBlank()) {
            closeQuietly(body);
            throw new MwsContentMismatchException(action, "MWS sent the document without a Content-MD5 to verify it against", metadata.requestId(), null);
        }
        MessageDigest digest = Md5.newDigest();
        ByteArrayOutputStream memory = new ByteArrayOutputStream((int) Math.min(memoryThreshold, 64 * 1024));
        Path file = null;
        OutputStream fileOut = null;
        long length = 0;
        try (InputStream in = body; DownloadProgress.Tracker tracker = progress.start(action, metadata.requestId())) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
                length += read;
                tracker.advance(read);
                if (fileOut == null && length > memoryThreshold) {
                    file = Files.createTempFile(directory, "camel-mws-download-", ".spool");
                    fileOut = Files.newOutputStream(file);
                    memory.writeTo(fileOut);
                    memory = null;
                }
                if (fileOut != null) {
                    fileOut.write(buffer, 0, read);
                } else {
                    memory.write(buffer, 0, read);
                }
            }
            if (fileOut != null) {
                fileOut.close();
            }
        } catch (IOException e) {
            closeQuietly(fileOut);
            delete(file);
            throw new MwsContentMismatchException(action, "the download ended after " + length + " bytes (" + e.getMessage() + ")",
                    metadata.requestId(), e);
        }
        String actual = Md5.encode(digest.digest());
        if (!actual.equals(expectedMd5.trim())) {
            delete(file);
            throw new MwsContentMismatchException(action, "the downloaded " + length + " bytes have MD5 " + actual + " but MWS's Content-MD5 is "
                                                          + expectedMd5.trim(), metadata.requestId(), null);
        }
        return file == null ? VerifiedDocument.inMemory(memory.toByteArray(), actual) : VerifiedDocument.inFile(file, length, actual);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // The temp directory is cleaned by the system eventually.
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Already failing.
            }
        }
    }
}
