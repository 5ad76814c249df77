package io.camelmws.component.http;

/** How the component talks to an HTTP proxy. */
public enum ProxyProtocol {
    HTTP, HTTPS;

    /** The scheme HttpClient names the proxy with. */
    public String scheme() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
