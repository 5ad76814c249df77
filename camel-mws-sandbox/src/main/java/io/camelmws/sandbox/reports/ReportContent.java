package io.camelmws.sandbox.reports;

import java.io.IOException;
import java.io.OutputStream;

/** The document GetReport answers for one report: its bytes (possibly streamed), their MD5 and Content-Type. */
public interface ReportContent {

    /** Whether the report has no data: its request then ends {@code _DONE_NO_DATA_} instead of {@code _DONE_}. */
    boolean empty();

    /** The Content-Type, naming the charset the bytes are really written in. */
    String contentType();

    long length();

    /** base64 of the MD5 of exactly the bytes {@link #writeTo} writes. */
    String md5Base64();

    void writeTo(OutputStream out) throws IOException;
}
