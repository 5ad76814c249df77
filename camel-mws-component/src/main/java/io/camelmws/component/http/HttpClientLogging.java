package io.camelmws.component.http;

import java.util.List;

import org.slf4j.LoggerFactory;

/**
 * HttpClient's own loggers that print what the component keeps out of its logs: the wire logger dumps the
 * bytes (form bodies with Signature and MWSAuthToken), the others print request lines (which hold them for
 * GET and SubmitFeed). The component cannot mask another library's output, so it warns when they are on.
 */
public final class HttpClientLogging {

    public static final String WIRE_LOGGER = "org.apache.hc.client5.http.wire";
    public static final List<String> REQUEST_LINE_LOGGERS = List.of(
            "org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.impl.classic.MainClientExec");

    private HttpClientLogging() {
    }

    public static boolean wireLogged() {
        return LoggerFactory.getLogger(WIRE_LOGGER).isDebugEnabled();
    }

    public static boolean requestLinesLogged() {
        return REQUEST_LINE_LOGGERS.stream().anyMatch(name -> LoggerFactory.getLogger(name).isDebugEnabled());
    }
}
