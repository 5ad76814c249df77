package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import java.util.List;

/**
 * ListOrderItems and ListOrderItemsByNextToken (REFERENCE 10.2, 11). Pages hold {@code pageSize} items; like
 * ListOrders, every page reads the order at the instant of the first request.
 */
final class ListOrderItemsHandler implements OperationHandler {

    static final String LIST_ORDER_ITEMS = "ListOrderItems";
    static final String BY_NEXT_TOKEN = "ListOrderItemsByNextToken";

    private static final char TOKEN_KIND = 'I';

    private final OrderBook book;
    private final int pageSize;

    ListOrderItemsHandler(OrderBook book, int pageSize) {
        this.book = book;
        this.pageSize = pageSize;
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        return OrdersResponses.respond(call, xml -> {
            BookState state = book.state();
            if (BY_NEXT_TOKEN.equals(call.action())) {
                NextTokens.Reader token = NextTokens.reader(call.parameter("NextToken"), TOKEN_KIND,
                        state.generation);
                long second = token.readLong();
                int index = token.readInt();
                int offset = token.readInt();
                if (index < 0 || index >= state.countAt(second)) {
                    throw RequestRejected.invalid("Invalid NextToken: it names no order.");
                }
                writePage(xml, state, index, second, offset);
                return;
            }
            String id = call.parameter("AmazonOrderId");
            if (id == null || id.isEmpty()) {
                throw new RequestRejected(MwsErrors.missingParameter("AmazonOrderId"));
            }
            long second = call.now().getEpochSecond();
            int index = OrderBook.indexOf(state, id, second);
            if (index < 0) {
                throw RequestRejected.invalid("Invalid AmazonOrderId: " + id + " is not an order of this seller "
                        + "(ids have 3-7-7 digits, e.g. 111-1234567-1234567).");
            }
            writePage(xml, state, index, second, 0);
        });
    }

    private void writePage(XmlWriter xml, BookState state, int index, long second, int offset) {
        Order order = OrderFactory.order(state, index, second);
        List<OrderItem> items = order.items();
        if (offset < 0 || offset >= items.size()) {
            throw RequestRejected.invalid("Invalid NextToken: it points past the order's items.");
        }
        int end = Math.min(items.size(), offset + pageSize);
        if (end < items.size()) {
            xml.element("NextToken", NextTokens.writer(TOKEN_KIND, state.generation)
                    .writeLong(second).writeInt(index).writeInt(end).finish());
        }
        xml.element("AmazonOrderId", order.amazonOrderId()).start("OrderItems");
        for (OrderItem item : items.subList(offset, end)) {
            OrdersXml.item(xml, order, item);
        }
        xml.end("OrderItems");
    }
}
