package io.camelmws.component.report;

import io.camelmws.component.model.VerifiedDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.Executor;

import io.camelmws.component.error.MwsContentMismatchException;
import io.camelmws.component.http.ContentMd5;
import io.camelmws.component.model.ResponseMetadata;

/**
 * Reads a document download to its end while computing its MD5 (on another thread, overlapping the next
 * chunk's receiving and writing): in memory up to {@code memoryThreshold} bytes, then into a temporary file. Only a download whose MD5 equals MWS's Content-MD5 is handed on; one that
 * differs or ends early is deleted and reported as an {@link MwsContentMismatchException}.
 */
public final class DownloadSpooler {

    /**
     * The two buffers a download alternates between while the other one is being digested: small while the download
     * stays in memory (most feed results and many reports are a few KB), large once it spools to a file.
     */
    static final int MEMORY_BUFFER = 64 * 1024;
    static final int FILE_BUFFER = 1024 * 1024;

    private final long memoryThreshold;
    private final Path directory;
    private final DownloadProgress progress;
    private final Executor digestExecutor;

    /**
     * @param digestExecutor where downloads compute their MD5 while receiving the next chunk; one task at a time per
     *                       download
     */
    public DownloadSpooler(long memoryThreshold, Path directory, DownloadProgress progress, Executor digestExecutor) {
        this.memoryThreshold = memoryThreshold;
        this.directory = directory;
        this.progress = progress;
        this.digestExecutor = digestExecutor;
    }

    public VerifiedDocument spool(String action, InputStream body, ResponseMetadata metadata, String expectedMd5) {
        if (expectedMd5 == null || expectedMd5.isBlank()) {
            closeQuietly(body);
            throw new MwsContentMismatchException(action, metadata.httpStatus(), "MWS sent the document without a Content-MD5 to verify it against", metadata.requestId(), null);
        }
        DigestPipeline digest = new DigestPipeline(ContentMd5.newDigest(), digestExecutor);
        ByteArrayOutputStream memory = new ByteArrayOutputStream((int) Math.min(memoryThreshold, 64 * 1024));
        Path file = null;
        FileChannel fileOut = null;
        long length = 0;
        try (InputStream in = body; DownloadProgress.Tracker tracker = progress.start(action, metadata.requestId())) {
            byte[][] buffers = {new byte[MEMORY_BUFFER], new byte[MEMORY_BUFFER]};
            int current = 0;
            while (true) {
                // Whole buffers: fewer, larger chunks mean fewer hand-offs to the digest.
                byte[] chunk = buffers[current];
                int read = 0;
                int received;
                while (read < chunk.length && (received = in.read(chunk, read, chunk.length - read)) != -1) {
                    read += received;
                    // Counted as it arrives, so a download cut short says how much did arrive.
                    length += received;
                    tracker.advance(received);
                }
                if (read == 0) {
                    break;
                }
                if (fileOut == null && length > memoryThreshold) {
                    file = directory.resolve("camel-mws-download-" + UUID.randomUUID() + ".spool");
                    // Not Files.createTempFile, whose 0600 a file producer copying the spool would pass on: the file gets
                    // what the user's umask gives any file, as a download held in memory and written by camel-file does.
                    fileOut = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    memory.writeTo(Channels.newOutputStream(fileOut));
                    memory = null;
                    // Fresh arrays: this chunk and the one being digested keep theirs until the digest is done with them.
                    buffers = new byte[][] {new byte[FILE_BUFFER], new byte[FILE_BUFFER]};
                }
                if (fileOut != null) {
                    write(fileOut, chunk, read);
                } else {
                    memory.write(chunk, 0, read);
                }
                digest.update(chunk, read);
                current ^= 1;
            }
            if (fileOut != null) {
                fileOut.close();
            }
        } catch (IOException e) {
            digest.abandon();
            closeQuietly(fileOut);
            delete(file);
            throw new MwsContentMismatchException(action, metadata.httpStatus(), "the download ended after " + length + " bytes (" + e.getMessage() + ")",
                    metadata.requestId(), e);
        } catch (RuntimeException e) {
            digest.abandon();
            closeQuietly(fileOut);
            delete(file);
            throw e;
        }
        String actual = ContentMd5.encode(digest.digest());
        if (!actual.equals(expectedMd5.trim())) {
            delete(file);
            throw new MwsContentMismatchException(action, metadata.httpStatus(), "the downloaded " + length + " bytes have MD5 " + actual + " but MWS's Content-MD5 is "
                                                          + expectedMd5.trim(), metadata.requestId(), null);
        }
        return file == null ? VerifiedDocument.inMemory(memory.toByteArray(), actual) : VerifiedDocument.inFile(file, length, actual);
    }

    private static void write(FileChannel out, byte[] bytes, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
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
