package io.camelmws.component.pipeline;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.function.Supplier;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.HttpSettings;
import io.camelmws.component.http.MwsHttpSender;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.model.MwsResponse;
import io.camelmws.component.xml.ListedItems;

/**
 * Stage 3: sends the signed request through the component's pooled HttpClient 5 (or the endpoint's own) with MWS's
 * User-Agent, the endpoint's timeouts and proxy, and reads the answer: an XML envelope whole (up to maxAnswerSize),
 * a document as a stream. requestTimeout bounds the whole exchange, which socketTimeout alone does not: an answer
 * trickling in a few bytes at a time never leaves a socket silent for long.
 */
public final class SendStage {

    private final Supplier<CloseableHttpClient> httpClient;
    private final HttpSettings settings;
    private final RequestDeadlines deadlines;

    public SendStage(Supplier<CloseableHttpClient> httpClient, HttpSettings settings, RequestDeadlines deadlines) {
        this.httpClient = httpClient;
        this.settings = settings;
        this.deadlines = deadlines;
    }

    /** @param listed the items the answer's scan should note (a consumer's list page), or null */
    MwsResponse send(MwsRequest request, ResolvedOperation target, ListedItems listed) throws IOException {
        RequestDeadlines.Deadline[] deadline = new RequestDeadlines.Deadline[1];
        try {
            return MwsHttpSender.send(httpClient.get(), request, settings, target.operation().returnsDocument(), listed,
                    http -> deadline[0] = deadlines.start(http, settings.requestTimeoutMillis()));
        } catch (IOException e) {
            if (deadline[0] != null && deadline[0].expired()) {
                SocketTimeoutException timeout = new SocketTimeoutException("requestTimeout (" + settings.requestTimeoutMillis() + " ms) exceeded");
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        } finally {
            if (deadline[0] != null) {
                deadline[0].done();
            }
        }
    }
}
