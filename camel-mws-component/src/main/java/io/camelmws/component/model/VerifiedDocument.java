package io.camelmws.component.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.converter.stream.ByteArrayInputStreamCache;
import org.apache.camel.converter.stream.FileInputStreamCache;

/**
 * A downloaded document whose MD5 matched MWS's Content-MD5: in memory when small, in a temporary file
 * otherwise, and readable as often as needed until {@link #discard()} deletes the file.
 */
public final class VerifiedDocument {

    private final byte[] bytes;
    private final Path file;
    private final long length;
    private final String contentMd5;

    private VerifiedDocument(byte[] bytes, Path file, long length, String contentMd5) {
        this.bytes = bytes;
        this.file = file;
        this.length = length;
        this.contentMd5 = contentMd5;
    }

    public static VerifiedDocument inMemory(byte[] bytes, String contentMd5) {
        return new VerifiedDocument(bytes, null, bytes.length, contentMd5);
    }

    public static VerifiedDocument inFile(Path file, long length, String contentMd5) {
        return new VerifiedDocument(null, file, length, contentMd5);
    }

    /**
     * The message body: a StreamCache over the bytes when they are in memory, the spool {@link java.io.File} itself
     * otherwise. Both are read again as often as needed; a File lets Camel's file producer copy it in the kernel
     * instead of through a buffer.
     */
    public Object body() {
        return bytes != null ? streamCache() : file.toFile();
    }

    /** A fresh re-readable stream over the verified bytes. */
    public InputStream streamCache() {
        return bytes != null ? new ByteArrayInputStreamCache(new ByteArrayInputStream(bytes)) : new FileInputStreamCache(file.toFile());
    }

    /** The spool file holding the verified bytes, or null when they are in memory. */
    public Path file() {
        return file;
    }

    public long length() {
        return length;
    }

    public String contentMd5() {
        return contentMd5;
    }

    public void discard() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // The temp directory is cleaned by the system eventually.
            }
        }
    }
}
