package io.camelmws.component.model;

import java.io.InputStream;

import io.camelmws.component.xml.ResponseScan;

/**
 * An answer from MWS: its metadata and either the text of an XML envelope or, for report and processing
 * report downloads, the raw stream (between sender and spooler only) and then the verified document.
 *
 * @param scanned the envelope's scan when it was made while decoding it ({@link io.camelmws.component.xml.Utf8AnswerScan}),
 *                else null (the answer is then scanned when it is handled)
 */
public record MwsResponse(ResponseMetadata metadata, String text, InputStream stream, VerifiedDocument document, ResponseScan scanned) {

    public MwsResponse(ResponseMetadata metadata, String text, InputStream stream, VerifiedDocument document) {
        this(metadata, text, stream, document, null);
    }
}
