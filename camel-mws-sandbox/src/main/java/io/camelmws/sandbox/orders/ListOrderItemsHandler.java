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
import java.util.List;

/**
 * ListOrderItems and ListOrderItemsByNextToken (REFERENCE 10.2, 11). Pages hold {@code pageSize} items; like
 * ListOrders, every page reads the order at the instant of the first request.
 */
final class ListOrderItemsHandler implements OperationHandler {

    static final String LIST_ORDER_ITEMS = "ListOrderItems";
    static final String BY_NEXT_TOKEN = "ListOrderItemsByNextToken";

    private final OrderBook book;
    private final int pageSize;

    ListOrderItemsHandler(OrderBook book, int pageSize) {
        this.book = book;
        this.pageSize = pageSize;
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        BookState state = book.state();
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        if (BY_NEXT_TOKEN.equals(call.action())) {
            PageToken.Reader token = state.tokenReader(LIST_ORDER_ITEMS, parameters.required("NextToken"));
            long millis = token.readLong();
            int index = token.readInt();
            int offset = token.readInt();
            token.end();
            if (index < 0 || index >= state.countAt(millis)) {
                throw OperationFailure.invalid("Invalid NextToken: it names no order.");
            }
            return page(call, state, index, millis, offset);
        }
        String id = parameters.required("AmazonOrderId");
        long millis = call.now().toEpochMilli();
        int index = OrderBook.indexOf(state, id, millis);
        if (index < 0) {
            throw OperationFailure.invalid("Invalid AmazonOrderId: " + id + " is not an order of this seller "
                    + "(ids have 3-7-7 digits, e.g. 111-1234567-1234567).");
        }
        return page(call, state, index, millis, 0);
    }

    private SandboxResponse page(OperationCall call, BookState state, int index, long millis, int offset) {
        Order order = OrderFactory.order(state, index, millis);
        List<OrderItem> items = order.items();
        if (offset < 0 || offset >= items.size()) {
            throw OperationFailure.invalid("Invalid NextToken: it points past the order's items.");
        }
        Pager.Page<OrderItem> page = Pager.take(items.listIterator(offset), pageSize);
        return WebServiceResponses.result(call, xml -> {
            if (page.hasNext()) {
                xml.element("NextToken", state.tokenWriter(LIST_ORDER_ITEMS)
                        .writeLong(millis).writeInt(index).writeInt(offset + page.items().size()).finish());
            }
            xml.element("AmazonOrderId", order.amazonOrderId()).start("OrderItems");
            for (OrderItem item : page.items()) {
                OrdersXml.item(xml, order, item);
            }
            xml.end("OrderItems");
        });
    }
}
