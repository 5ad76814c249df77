package io.camelmws.component.http;

import java.io.InputStream;

/**
 * An answer from MWS: its metadata and either the text of an XML document or, for report and processing
 * report downloads, a stream the caller must close.
 */
public record MwsResponse(ResponseMetadata metadata, String text, InputStream stream) {
}
