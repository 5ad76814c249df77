package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.util.LinkedHashSet;
import java.util.List;

/** GetOrder (REFERENCE 10.2): up to 50 ids; the known ones come back in the order asked, unknown ones are absent. */
final class GetOrderHandler implements OperationHandler {

    static final String ACTION = "GetOrder";
    static final int MAX_IDS = 50;

    private final OrderBook book;

    GetOrderHandler(OrderBook book) {
        this.book = book;
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        List<String> ids = new WebServiceParameters(call.parameters()).strictList("AmazonOrderId.Id", MAX_IDS);
        if (ids.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("AmazonOrderId.Id.1"));
        }
        return WebServiceResponses.result(call, xml -> {
            BookState state = book.state();
            long millis = call.now().toEpochMilli();
            boolean any = false;
            for (String id : new LinkedHashSet<>(ids)) {
                int index = OrderBook.indexOf(state, id, millis);
                if (index >= 0) {
                    if (!any) {
                        xml.start("Orders");
                        any = true;
                    }
                    OrdersXml.order(xml, OrderFactory.order(state, index, millis));
                }
            }
            if (any) {
                xml.end("Orders");
            } else {
                xml.element("Orders", "");
            }
        });
    }
}
