package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.inventory.SellerShipments;
import io.camelmws.sandbox.inventory.StockLedger;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/**
 * Plugs all 23 FulfillmentInboundShipment 2010-10-01 operations into the sandbox; its plans and shipments forget on
 * reset.
 */
public final class InboundOperations {

    /** Shipments (and shipment items) per list page when nothing else is configured. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final InboundShipments shipments = new InboundShipments();

    /** What the seller's shipments add to the FBA inventory (ListInventorySupply). */
    public SellerShipments sellerShipments() {
        return shipments::units;
    }

    /** Forgets every plan and shipment. */
    public void reset() {
        shipments.reset();
    }

    /**
     * @param orderBook whose listings the SKUs must be
     * @param ledger    the FBA supply inbound guidance is judged by
     * @param sellerId  the seller named in transport headers
     * @param pageSize  shipments or items per list page; small values make tests page
     */
    public void register(OperationRegistry registry, SectionCatalog catalog, OrderBook orderBook, StockLedger ledger,
                         String sellerId, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("inboundShipmentsPageSize must be at least 1, was " + pageSize);
        }
        Section section = catalog.section("FulfillmentInboundShipment");
        ShipmentHandlers plans = new ShipmentHandlers(shipments, orderBook);
        ListHandlers lists = new ListHandlers(shipments, pageSize);
        TransportHandlers transport = new TransportHandlers(shipments, sellerId, orderBook);
        registry.register(section, "CreateInboundShipmentPlan", guarded(plans::plan))
                .register(section, "CreateInboundShipment", guarded(plans::create))
                .register(section, "UpdateInboundShipment", guarded(plans::update))
                .register(section, ListHandlers.SHIPMENTS, guarded(lists::shipments))
                .register(section, "ListInboundShipmentsByNextToken", guarded(lists::shipmentsByNextToken))
                .register(section, ListHandlers.ITEMS, guarded(lists::items))
                .register(section, "ListInboundShipmentItemsByNextToken", guarded(lists::itemsByNextToken))
                .register(section, "PutTransportContent", guarded(transport::put))
                .register(section, "EstimateTransportRequest", guarded(transport::estimate))
                .register(section, "GetTransportContent", guarded(transport::get))
                .register(section, "ConfirmTransportRequest", guarded(transport::confirm))
                .register(section, "VoidTransportRequest", guarded(transport::voidRequest))
                .register(section, "GetPackageLabels", guarded(new LabelHandler(shipments)::packageLabels))
                .register(section, "GetUniquePackageLabels", guarded(new LabelHandler(shipments)::uniquePackageLabels));
        FreightDocumentsHandler freight = new FreightDocumentsHandler(shipments);
        registry.register(section, "GetPalletLabels", guarded(freight::palletLabels))
                .register(section, "GetBillOfLading", guarded(freight::billOfLading));
        PreorderHandler preorder = new PreorderHandler(shipments);
        registry.register(section, "GetPreorderInfo", guarded(preorder::info))
                .register(section, "ConfirmPreorder", guarded(preorder::confirm));
        PrepInstructionsHandler prep = new PrepInstructionsHandler(orderBook);
        registry.register(section, "GetPrepInstructionsForSKU", guarded(prep::forSku))
                .register(section, "GetPrepInstructionsForASIN", guarded(prep::forAsin));
        GuidanceHandler guidance = new GuidanceHandler(orderBook, ledger);
        registry.register(section, "GetInboundGuidanceForSKU", guarded(guidance::forSku))
                .register(section, "GetInboundGuidanceForASIN", guarded(guidance::forAsin));
    }

    private static OperationHandler guarded(OperationHandler handler) {
        return WebServiceResponses.guarded(handler);
    }
}
