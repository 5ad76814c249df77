package io.camelmws.component.http;

import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Lets each request name its proxy through the execution context, so endpoints with different proxy
 * options share one connection pool (the pool keys connections by route, proxy included).
 */
final class ProxyRoutePlanner extends DefaultRoutePlanner {

    static final String PROXY_ATTRIBUTE = "io.camelmws.proxy";

    ProxyRoutePlanner() {
        super(DefaultSchemePortResolver.INSTANCE);
    }

    @Override
    protected HttpHost determineProxy(HttpHost target, HttpContext context) {
        Object proxy = context.getAttribute(PROXY_ATTRIBUTE);
        return proxy instanceof HttpHost host ? host : null;
    }
}
