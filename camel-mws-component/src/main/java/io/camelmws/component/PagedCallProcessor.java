package io.camelmws.component;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.paging.PageIterator;
import io.camelmws.component.pipeline.CallStats;

/**
 * autoPaginate: the first call's answer, and then a lazy iterator of page messages (the first page, then one
 * ByNextToken call per page asked for), so {@code split(body()).streaming()} walks every page holding one.
 */
final class PagedCallProcessor implements OperationProcessor {

    private final MwsEndpoint endpoint;

    PagedCallProcessor(MwsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public CompletableFuture<Consumer<Exchange>> start(Exchange exchange, CallStats stats) throws Exception {
        ExchangeRequest request = ExchangeRequest.of(endpoint, exchange);
        EndpointSettings settings = endpoint.settings();
        return endpoint.pipeline().call(settings.target(), request.parameters(), request.document(), stats).thenApply(result -> done -> {
            ResultMessages.fillText(done.getMessage(), result);
            done.getMessage().setBody(new PageIterator<>(result, settings.target(), endpoint.pipeline(), settings.nextPage(),
                    endpoint.getConfiguration().getMaxPages(), (page, operation, number) -> pageMessage(done, operation, page, number, settings)));
        });
    }

    private static Message pageMessage(Exchange exchange, ResolvedOperation operation, MwsResult result, int number, EndpointSettings settings) {
        Message page = new DefaultMessage(exchange.getContext());
        page.setHeader(MwsConstants.ACTION, operation.action());
        ResultMessages.fillText(page, operation, result, settings.resultBodies());
        page.setHeader(MwsConstants.PAGE_NUMBER, number);
        return page;
    }
}
