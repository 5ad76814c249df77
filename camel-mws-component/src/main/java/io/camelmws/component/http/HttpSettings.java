package io.camelmws.component.http;

import org.apache.hc.core5.http.HttpHost;

/**
 * The per-endpoint transport settings applied to each request sent through the shared pool.
 *
 * @param proxy                null for a direct connection
 * @param requestTimeoutMillis the longest a request may take until its whole XML answer (or a download's headers) has
 *                             arrived; socketTimeout only bounds the silence between two packets
 * @param maxAnswerBytes       the largest XML answer read into memory; documents (reports) are streamed instead
 */
public record HttpSettings(long connectTimeoutMillis, long socketTimeoutMillis, long connectionRequestTimeoutMillis, HttpHost proxy,
                           String userAgent, long requestTimeoutMillis, long maxAnswerBytes) {
}
