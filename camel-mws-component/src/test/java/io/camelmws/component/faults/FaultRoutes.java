package io.camelmws.component.faults;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import io.camelmws.component.MwsComponent;
import io.camelmws.component.MwsConstants;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.feeds.ReceivedFeed;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

/**
 * Helpers shared by the fault tests: every exchange is sent asynchronously and awaited with a bound, so a regression
 * that never completes an exchange fails the test instead of hanging the build.
 */
final class FaultRoutes {

    static final String PRICE_FEED = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";
    static final String US = "ATVPDKIKX0DER";
    static final long BOUND_SECONDS = 60;

    private FaultRoutes() {
    }

    /** A component pointed at {@code sandbox}, with the given throttling and time scale. */
    static MwsComponent component(MwsSandboxExtension sandbox, ThrottlingMode throttling, double timeScale) {
        MwsComponent mws = new MwsComponent();
        mws.getConfiguration().setEndpoint(sandbox.baseUrl());
        mws.getConfiguration().setAccessKey(sandbox.accessKey());
        mws.getConfiguration().setSecretKey(sandbox.secretKey());
        mws.getConfiguration().setSellerId(sandbox.sellerId());
        mws.getConfiguration().setAuthToken(sandbox.authToken());
        mws.getConfiguration().setThrottling(throttling);
        mws.setTimeScale(timeScale);
        return mws;
    }

    /** Sends {@code body} to {@code uri} and waits for the exchange to complete, at most {@link #BOUND_SECONDS}. */
    static Exchange send(ProducerTemplate template, String uri, Object body) {
        return send(template, uri, body, null);
    }

    static Exchange send(ProducerTemplate template, String uri, Object body, Map<String, Object> parameters) {
        Future<Exchange> future = template.asyncSend(uri, exchange -> {
            exchange.getMessage().setBody(body);
            if (parameters != null) {
                exchange.getMessage().setHeader(MwsConstants.PARAMETERS, parameters);
            }
        });
        try {
            return future.get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The exchange to " + uri + " did not complete within " + BOUND_SECONDS + " s", e);
        }
    }

    static List<String> actions(List<SandboxRequest> requests) {
        return requests.stream().map(SandboxRequest::action).toList();
    }

    static List<String> faults(List<SandboxRequest> requests) {
        return requests.stream().map(r -> r.fault() == null ? "-" : r.fault()).toList();
    }

    static ReceivedFeed last(List<ReceivedFeed> feeds) {
        if (feeds.isEmpty()) {
            throw new AssertionError("The sandbox received no feed");
        }
        return feeds.get(feeds.size() - 1);
    }
}
