package io.camelmws.component;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.camel.Exchange;

import io.camelmws.component.pipeline.CallStats;

/** One call, whose answer (an XML envelope, or a verified document for GetReport) becomes the message. */
final class PlainCallProcessor implements OperationProcessor {

    private final MwsEndpoint endpoint;

    PlainCallProcessor(MwsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public CompletableFuture<Consumer<Exchange>> start(Exchange exchange, CallStats stats) throws Exception {
        ExchangeRequest request = ExchangeRequest.of(endpoint, exchange);
        EndpointSettings settings = endpoint.settings();
        return endpoint.pipeline().call(settings.target(), request.parameters(), request.document(), stats)
                .thenApply(result -> done -> ResultMessages.fill(done, result, settings, endpoint.getConfiguration().isDownloadLocalWorkPath()));
    }
}
