package io.camelmws.component.model.inbound;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A printable document of the inbound section (package and pallet labels, bills of lading): {@code pdfDocument} is
 * the base64 of a ZIP file holding the PDF, {@code checksum} the base64 MD5 of that ZIP file.
 */
public record TransportDocument(
        @JsonProperty("PdfDocument") String pdfDocument,
        @JsonProperty("Checksum") String checksum) {

    /** The ZIP file's bytes, checked against {@link #checksum()}. */
    @JsonIgnore
    public byte[] zipBytes() {
        byte[] zip = Base64.getDecoder().decode(pdfDocument);
        try {
            String actual = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(zip));
            if (!actual.equals(checksum)) {
                throw new IllegalStateException("The transport document's MD5 is " + actual + " but its Checksum says "
                        + checksum + "; the document was damaged on the way");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
        return zip;
    }
}
