package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * ListOrders and ListOrdersByNextToken (REFERENCE 10.1, 10.2, 11). Every page of one listing reads the book at
 * the instant of the first request, which the NextToken carries with the query and the position: the pages
 * neither skip nor repeat an order however the clock moves between them.
 */
final class ListOrdersHandler implements OperationHandler {

    static final String LIST_ORDERS = "ListOrders";
    static final String BY_NEXT_TOKEN = "ListOrdersByNextToken";
    static final int MAX_RESULTS_PER_PAGE = 100;

    private static final char TOKEN_KIND = 'O';

    private final OrderBook book;

    ListOrdersHandler(OrderBook book) {
        this.book = book;
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        return OrdersResponses.respond(call, xml -> {
            BookState state = book.state();
            Cursor cursor = BY_NEXT_TOKEN.equals(call.action()) ? resume(state, call) : first(call);
            writePage(xml, state, cursor);
        });
    }

    /** Where a listing stands: what it asks, the instant it reads the book at, the next index to look at. */
    private record Cursor(OrderQuery query, long snapshotSecond, int nextIndex, int pageSize) {
    }

    private static Cursor first(OperationCall call) {
        OrderQuery query = OrderQuery.parse(call.parameters(), call.now());
        return new Cursor(query, call.now().getEpochSecond(), 0, pageSize(call.parameter("MaxResultsPerPage")));
    }

    private static Cursor resume(BookState state, OperationCall call) {
        NextTokens.Reader token = NextTokens.reader(call.parameter("NextToken"), TOKEN_KIND, state.generation);
        long snapshot = token.readLong();
        int next = token.readInt();
        int pageSize = token.readInt();
        if (pageSize < 1 || pageSize > MAX_RESULTS_PER_PAGE) {
            throw RequestRejected.invalid("Invalid NextToken: it holds no valid page size.");
        }
        return new Cursor(OrderQuery.read(token), snapshot, next, pageSize);
    }

    private static void writePage(XmlWriter xml, BookState state, Cursor cursor) {
        OrderQuery query = cursor.query();
        long second = cursor.snapshotSecond();
        int count = state.countAt(Math.min(second, Math.floorDiv(query.beforeMillis(), 1_000)));
        List<Integer> page = new ArrayList<>(cursor.pageSize());
        int following = -1;
        for (int index = Math.max(cursor.nextIndex(), query.firstCandidate(state, count)); index < count; index++) {
            if (query.matches(state, index, second)) {
                if (page.size() == cursor.pageSize()) {
                    following = index;
                    break;
                }
                page.add(index);
            }
        }
        if (page.isEmpty()) {
            xml.element("Orders", "");
        } else {
            xml.start("Orders");
            for (int index : page) {
                OrdersXml.order(xml, OrderFactory.order(state, index, second));
            }
            xml.end("Orders");
        }
        xml.element(query.byLastUpdate() ? "LastUpdatedBefore" : "CreatedBefore", OrdersResponses.date(query.before()));
        if (following >= 0) {
            NextTokens.Writer token = NextTokens.writer(TOKEN_KIND, state.generation)
                    .writeLong(second).writeInt(following).writeInt(cursor.pageSize());
            query.write(token);
            xml.element("NextToken", token.finish());
        }
    }

    private static int pageSize(String value) {
        if (value == null || value.isEmpty()) {
            return MAX_RESULTS_PER_PAGE;
        }
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= MAX_RESULTS_PER_PAGE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new RequestRejected(MwsErrors.invalidParameterValue("MaxResultsPerPage", value,
                "a whole number from 1 to " + MAX_RESULTS_PER_PAGE));
    }
}
