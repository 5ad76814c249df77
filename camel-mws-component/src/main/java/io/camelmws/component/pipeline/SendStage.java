package io.camelmws.component.pipeline;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.concurrent.Cancellable;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.HttpSettings;
import io.camelmws.component.http.MwsHttpSender;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.model.MwsResponse;

/**
 * Stage 3: sends the signed request through the component's pooled HttpClient 5 (or the endpoint's own) with MWS's
 * User-Agent, the endpoint's timeouts and proxy, and reads the answer: an XML envelope whole (up to maxAnswerSize),
 * a document as a stream. requestTimeout bounds the whole exchange, which socketTimeout alone does not: an answer
 * trickling in a few bytes at a time never leaves a socket silent for long.
 */
public final class SendStage {

    private final Supplier<CloseableHttpClient> httpClient;
    private final HttpSettings settings;
    private final ScheduledExecutorService scheduler;

    public SendStage(Supplier<CloseableHttpClient> httpClient, HttpSettings settings, ScheduledExecutorService scheduler) {
        this.httpClient = httpClient;
        this.settings = settings;
        this.scheduler = scheduler;
    }

    MwsResponse send(MwsRequest request, ResolvedOperation target) throws IOException {
        Deadline deadline = new Deadline();
        try {
            return MwsHttpSender.send(httpClient.get(), request, settings, target.operation().returnsDocument(), deadline::start);
        } catch (IOException e) {
            if (deadline.expired.get()) {
                SocketTimeoutException timeout = new SocketTimeoutException("requestTimeout (" + settings.requestTimeoutMillis() + " ms) exceeded");
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        } finally {
            deadline.cancel();
        }
    }

    /** Cancels the request, closing its connection, when it is still running at requestTimeout. */
    private final class Deadline {
        final AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> timer;

        void start(Cancellable request) {
            try {
                timer = scheduler.schedule(() -> {
                    expired.set(true);
                    request.cancel();
                }, settings.requestTimeoutMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // The component is stopping: socketTimeout still bounds the request.
            }
        }

        void cancel() {
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }
}
