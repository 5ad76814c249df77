package io.camelmws.component.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.camel.RuntimeCamelException;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.pipeline.CallPipeline;
import io.camelmws.component.pipeline.CallStats;
import io.camelmws.component.xml.ListedItems;

/**
 * The pages of a result as a lazy iterator: the next page is fetched (through the same throttle and retries as any
 * call) only when asked for, so {@code split(body()).streaming()} walks any number of pages holding one at a time.
 * Each page keeps its own NextToken, from which an interrupted run can resume with the ByNextToken operation.
 *
 * @param <T> what a page is handed on as (a Camel message)
 */
public final class PageIterator<T> implements Iterator<T> {

    /** Turns a page's result into what the iterator hands out; {@code pageNumber} counts from 1. */
    @FunctionalInterface
    public interface PageMapper<T> {
        T page(MwsResult result, ResolvedOperation operation, int pageNumber);
    }

    private final CallPipeline pipeline;
    private final ResolvedOperation firstOperation;
    private final ResolvedOperation byNextToken;
    private final int maxPages;
    private final PageMapper<T> mapper;
    private final ListedItems listed;
    private MwsResult prepared;
    private String nextToken;
    private int pagesHandedOut;

    /**
     * @param firstPage the page the exchange already fetched, with {@code firstOperation}
     * @param maxPages  how many pages to hand out at most (0: all)
     */
    public PageIterator(MwsResult firstPage, ResolvedOperation firstOperation, CallPipeline pipeline, ResolvedOperation byNextToken, int maxPages,
                        PageMapper<T> mapper) {
        this(firstPage, firstOperation, pipeline, byNextToken, maxPages, mapper, null);
    }

    /** @param listed the items each next page's scan notes as well (a consumer's listing), or null */
    public PageIterator(MwsResult firstPage, ResolvedOperation firstOperation, CallPipeline pipeline, ResolvedOperation byNextToken, int maxPages,
                        PageMapper<T> mapper, ListedItems listed) {
        this.listed = listed;
        this.prepared = firstPage;
        this.firstOperation = firstOperation;
        this.pipeline = pipeline;
        this.byNextToken = byNextToken;
        this.maxPages = maxPages;
        this.mapper = mapper;
    }

    @Override
    public boolean hasNext() {
        if (maxPages > 0 && pagesHandedOut >= maxPages) {
            return false;
        }
        return prepared != null || nextToken != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more MWS pages");
        }
        boolean first = prepared != null;
        MwsResult page = first ? prepared : fetch(nextToken);
        prepared = null;
        pagesHandedOut++;
        nextToken = page.scan() == null ? null : page.scan().nextToken();
        return mapper.page(page, first ? firstOperation : byNextToken, pagesHandedOut);
    }

    private MwsResult fetch(String token) {
        SortedMap<String, String> parameters = new TreeMap<>();
        parameters.put("NextToken", token);
        return await(pipeline.call(byNextToken, parameters, null, new CallStats(), listed), byNextToken);
    }

    /** Waits for a call of {@code operation}, throwing what it failed with as it is (an MwsException stays one). */
    public static MwsResult await(CompletableFuture<MwsResult> call, ResolvedOperation operation) {
        try {
            return call.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeCamelException("Interrupted while waiting for MWS to answer " + operation.action(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new RuntimeCamelException(cause);
        }
    }
}
