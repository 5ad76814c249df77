package io.camelmws.component.http;

import org.apache.hc.core5.http.HttpHost;

/**
 * The per-endpoint transport settings applied to each request sent through the shared pool.
 *
 * @param proxy null for a direct connection
 */
public record HttpSettings(long connectTimeoutMillis, long socketTimeoutMillis, long connectionRequestTimeoutMillis, HttpHost proxy,
                           String userAgent) {
}
