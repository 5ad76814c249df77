package io.camelmws.component.http;

import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;

/** Builds the pooled HttpClient a component shares between all its endpoints. */
public final class MwsHttpClients {

    private MwsHttpClients() {
    }

    public static CloseableHttpClient pooled(int maxTotalConnections, int maxConnectionsPerRoute, long connectTimeoutMillis,
                                             long socketTimeoutMillis) {
        PoolingHttpClientConnectionManager pool = connectionPool(maxTotalConnections, maxConnectionsPerRoute, connectTimeoutMillis,
                socketTimeoutMillis);
        return HttpClients.custom()
                .setConnectionManager(pool)
                .setRoutePlanner(new ProxyRoutePlanner())
                // MWS answers are never redirects; following one would re-send a signed request elsewhere.
                .disableRedirectHandling()
                // Retrying is MWS-aware and lives above the transport; HttpClient's own retry would hide attempts.
                .disableAutomaticRetries()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .useSystemProperties()
                .build();
    }

    /** The connection pool of {@link #pooled}: every call leases a kept-alive connection from it and releases it. */
    public static PoolingHttpClientConnectionManager connectionPool(int maxTotalConnections, int maxConnectionsPerRoute,
                                                                    long connectTimeoutMillis, long socketTimeoutMillis) {
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxTotalConnections)
                .setMaxConnPerRoute(maxConnectionsPerRoute)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                        .setSocketTimeout((int) Math.min(Integer.MAX_VALUE, socketTimeoutMillis), TimeUnit.MILLISECONDS)
                        // A pooled connection idle for a while may have been closed by a load balancer.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .build();
    }
}
