package io.camelmws.component.model;

import java.io.InputStream;


/**
 * An answer from MWS: its metadata and either the text of an XML envelope or, for report and processing
 * report downloads, the raw stream (between sender and spooler only) and then the verified document.
 */
public record MwsResponse(ResponseMetadata metadata, String text, InputStream stream, VerifiedDocument document) {
}
