package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.PageToken;
import io.camelmws.sandbox.webservice.Pager;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.util.stream.IntStream;

/**
 * ListOrders and ListOrdersByNextToken (REFERENCE 10.1, 10.2, 11). Orders come by purchase date, the book's
 * order, scanned only as far as a page needs. Every page of one listing reads the book at the instant of the first
 * request, which the NextToken carries with the query and the position: the pages neither skip nor repeat an order
 * however the clock moves between them.
 */
final class ListOrdersHandler implements OperationHandler {

    static final String LIST_ORDERS = "ListOrders";
    static final String BY_NEXT_TOKEN = "ListOrdersByNextToken";
    static final int MAX_RESULTS_PER_PAGE = 100;

    private final OrderBook book;

    ListOrdersHandler(OrderBook book) {
        this.book = book;
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        BookState state = book.state();
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Cursor cursor = BY_NEXT_TOKEN.equals(call.action()) ? resume(state, parameters) : first(parameters, call);
        return WebServiceResponses.result(call, xml -> writePage(xml, state, cursor));
    }

    /** Where a listing stands: what it asks, the instant it reads the book at, the next index to look at. */
    private record Cursor(OrderQuery query, long snapshotMillis, int nextIndex, int pageSize) {
    }

    private static Cursor first(WebServiceParameters parameters, OperationCall call) {
        OrderQuery query = OrderQuery.parse(parameters, call.now());
        int pageSize = parameters.integer("MaxResultsPerPage", MAX_RESULTS_PER_PAGE, 1, MAX_RESULTS_PER_PAGE);
        return new Cursor(query, call.now().toEpochMilli(), 0, pageSize);
    }

    private static Cursor resume(BookState state, WebServiceParameters parameters) {
        PageToken.Reader token = state.tokenReader(LIST_ORDERS, parameters.required("NextToken"));
        long snapshot = token.readLong();
        int next = token.readInt();
        int pageSize = token.readInt();
        if (pageSize < 1 || pageSize > MAX_RESULTS_PER_PAGE) {
            throw OperationFailure.invalid("Invalid NextToken: it holds no valid page size.");
        }
        OrderQuery query = OrderQuery.read(token);
        token.end();
        return new Cursor(query, snapshot, next, pageSize);
    }

    private static void writePage(XmlWriter xml, BookState state, Cursor cursor) {
        OrderQuery query = cursor.query();
        long millis = cursor.snapshotMillis();
        int count = state.countAt(Math.min(millis, query.beforeMillis()));
        int start = Math.max(cursor.nextIndex(), query.firstCandidate(state, count));
        Pager.Page<Integer> page = Pager.take(IntStream.range(start, count)
                .filter(index -> query.matches(state, index, millis)).iterator(), cursor.pageSize());
        if (page.items().isEmpty()) {
            xml.element("Orders", "");
        } else {
            xml.start("Orders");
            for (int index : page.items()) {
                OrdersXml.order(xml, OrderFactory.order(state, index, millis));
            }
            xml.end("Orders");
        }
        xml.element(query.byLastUpdate() ? "LastUpdatedBefore" : "CreatedBefore",
                OrdersXml.millisDate(query.before()));
        if (page.hasNext()) {
            PageToken.Writer token = state.tokenWriter(LIST_ORDERS)
                    .writeLong(millis).writeInt(page.following()).writeInt(cursor.pageSize());
            query.write(token);
            xml.element("NextToken", token.finish());
        }
    }
}
