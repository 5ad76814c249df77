package io.camelmws.component;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.camel.Exchange;

import io.camelmws.component.pipeline.CallStats;

/**
 * Carries out one family of operations for an exchange (a plain call, pages, a report or feed workflow): starts the
 * MWS calls and returns how their outcome will be put on the exchange. The producer chooses one per endpoint, once.
 */
interface OperationProcessor {

    /**
     * @param stats filled as the call goes, readable whether it succeeds or fails
     * @return completes with what to put on the exchange; already complete when no call had to wait
     */
    CompletableFuture<Consumer<Exchange>> start(Exchange exchange, CallStats stats) throws Exception;
}
