package io.camelmws.component.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;

import io.camelmws.component.MwsConstants;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.invoke.CallStats;
import io.camelmws.component.invoke.MwsInvoker;
import io.camelmws.component.invoke.MwsResult;

/**
 * The pages of a result as a lazy iterator of messages: the next page is fetched (through the same throttle
 * and retries as any call) only when asked for, so {@code split(body()).streaming()} walks any number of pages
 * holding one at a time. Each page message carries its own {@code CamelMwsNextToken}, from which an
 * interrupted run can resume with the ByNextToken operation.
 */
public final class PageIterator implements Iterator<Message> {

    private final MwsInvoker invoker;
    private final ResolvedOperation byNextToken;
    private final int maxPages;
    private final Function<MwsResult, Message> toMessage;
    private Message prepared;
    private String nextToken;
    private int pagesHandedOut;

    /**
     * @param firstPage the page the exchange already fetched
     * @param maxPages  how many pages to hand out at most (0: all)
     */
    public PageIterator(Message firstPage, MwsInvoker invoker, ResolvedOperation byNextToken, int maxPages, Function<MwsResult, Message> toMessage) {
        this.prepared = firstPage;
        this.invoker = invoker;
        this.byNextToken = byNextToken;
        this.maxPages = maxPages;
        this.toMessage = toMessage;
    }

    @Override
    public boolean hasNext() {
        if (maxPages > 0 && pagesHandedOut >= maxPages) {
            return false;
        }
        return prepared != null || nextToken != null;
    }

    @Override
    public Message next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more MWS pages");
        }
        Message page = prepared != null ? prepared : fetch(nextToken);
        prepared = null;
        pagesHandedOut++;
        page.setHeader(MwsConstants.PAGE_NUMBER, pagesHandedOut);
        nextToken = page.getHeader(MwsConstants.NEXT_TOKEN, String.class);
        return page;
    }

    private Message fetch(String token) {
        SortedMap<String, String> parameters = new TreeMap<>();
        parameters.put("NextToken", token);
        try {
            return toMessage.apply(invoker.invoke(byNextToken, parameters, null, new CallStats()).get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeCamelException("Interrupted while fetching the next MWS page with " + byNextToken.action(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new RuntimeCamelException(cause);
        }
    }
}
