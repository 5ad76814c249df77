package io.camelmws.component.model.merchantfulfillment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A label's document: base64 of the GZIP-compressed file, its type and the MD5 of the file. */
public record FileContents(
        @JsonProperty("Contents") String contents,
        @JsonProperty("FileType") String fileType,
        @JsonProperty("Checksum") String checksum) {

    /** The document itself (a PDF for {@code application/pdf}): Contents decoded and decompressed. */
    public byte[] document() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getMimeDecoder().decode(contents)))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The label's Contents are not base64 of a GZIP stream", e);
        }
    }
}
