package io.camelmws.sandbox.invoicing;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.ProcessingTimes;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/**
 * Plugs the ShipmentInvoicing operations in. An invoice is processed in the feeds' processing times on the
 * simulated clock; the invoices received are forgotten on reset.
 */
public final class ShipmentInvoicingOperations {

    private final ShipmentInvoicingHandler handler;

    public ShipmentInvoicingOperations(OrderBook book, ProcessingTimes processingTimes) {
        this.handler = new ShipmentInvoicingHandler(new Shipments(book), processingTimes);
    }

    /** The AmazonShipmentId of the FBA shipment of {@code amazonOrderId}, for tests and examples. */
    public static String shipmentIdOf(String amazonOrderId) {
        return Shipments.shipmentId(amazonOrderId);
    }

    public void register(OperationRegistry registry, SectionCatalog catalog) {
        Section section = catalog.section("ShipmentInvoicing");
        registry.register(section, "GetFBAOutboundShipmentDetail", WebServiceResponses.guarded(handler::shipmentDetail))
                .register(section, "SubmitFBAOutboundShipmentInvoice",
                        WebServiceResponses.guarded(handler::submitInvoice))
                .register(section, "GetFBAOutboundShipmentInvoiceStatus",
                        WebServiceResponses.guarded(handler::invoiceStatus));
    }

    /** Forgets what the section remembers, as a fresh sandbox; registered for MwsSandbox.reset(). */
    public void reset() {
        handler.reset();
    }
}
