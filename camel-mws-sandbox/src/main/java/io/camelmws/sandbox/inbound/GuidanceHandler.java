package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.inventory.StockLedger;
import io.camelmws.sandbox.inventory.Supply;
import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GetInboundGuidanceForSKU and GetInboundGuidanceForASIN: whether Amazon wants more units of a product, from the
 * FBA supply it holds at the request's instant (ListInventorySupply's): at {@value #SLOW_MOVING} units or more it
 * is InboundNotRecommended for SlowMovingASIN, otherwise InboundOK. Unknown SKUs and ASINs are listed as invalid.
 */
final class GuidanceHandler {

    /** Units in stock and inbound from which more are not wanted. */
    static final int SLOW_MOVING = 150;

    private final OrderBook orderBook;
    private final StockLedger ledger;

    GuidanceHandler(OrderBook orderBook, StockLedger ledger) {
        this.orderBook = orderBook;
        this.ledger = ledger;
    }

    SandboxResponse forSku(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String marketplaceId = parameters.marketplaceId(List.of());
        List<String> skus = ids(parameters, "SellerSKUList.Id");
        List<Listing> found = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String sku : skus) {
            orderBook.listings().find(marketplaceId, sku).ifPresentOrElse(found::add, () -> invalid.add(sku));
        }
        return WebServiceResponses.result(call, xml -> {
            InboundXml.wrapped(xml, "SKUInboundGuidanceList", found, listing -> {
                xml.start("SKUInboundGuidance").element("SellerSKU", listing.sellerSku())
                        .element("ASIN", listing.asin());
                guidance(xml, List.of(listing), call.now());
                xml.end("SKUInboundGuidance");
            });
            InboundXml.wrapped(xml, "InvalidSKUList", invalid, sku -> xml.start("InvalidSKU").element("SellerSKU", sku)
                    .element("ErrorReason", "DoesNotExist").end("InvalidSKU"));
        });
    }

    SandboxResponse forAsin(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String marketplaceId = parameters.marketplaceId(List.of());
        List<String> asins = ids(parameters, "ASINList.Id");
        List<List<Listing>> found = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String asin : asins) {
            List<Listing> listings = orderBook.listings().inMarketplace(marketplaceId).stream()
                    .filter(listing -> listing.asin().equals(asin)).toList();
            if (listings.isEmpty()) {
                invalid.add(asin);
            } else {
                found.add(listings);
            }
        }
        return WebServiceResponses.result(call, xml -> {
            InboundXml.wrapped(xml, "ASINInboundGuidanceList", found, listings -> {
                xml.start("ASINInboundGuidance").element("ASIN", listings.get(0).asin());
                guidance(xml, listings, call.now());
                xml.end("ASINInboundGuidance");
            });
            InboundXml.wrapped(xml, "InvalidASINList", invalid, asin -> xml.start("InvalidASIN").element("ASIN", asin)
                    .element("ErrorReason", "InvalidASIN").end("InvalidASIN"));
        });
    }

    /** InboundGuidance and GuidanceReasonList from the FBA supply of the listings (the SKUs of one ASIN). */
    private void guidance(XmlWriter xml, List<Listing> listings, Instant now) {
        int units = 0;
        for (Listing listing : listings) {
            Optional<Supply> supply = ledger.supplies(listing.marketplaceId(), now).stream()
                    .filter(s -> s.listing().sellerSku().equals(listing.sellerSku())).findFirst();
            units += supply.map(Supply::total).orElse(0);
        }
        boolean slow = units >= SLOW_MOVING;
        xml.element("InboundGuidance", slow ? "InboundNotRecommended" : "InboundOK")
                .start("GuidanceReasonList")
                .element("GuidanceReason", slow ? "SlowMovingASIN" : "NoApplicableGuidance")
                .end("GuidanceReasonList");
    }


    private static List<String> ids(WebServiceParameters parameters, String list) {
        List<String> ids = parameters.strictList(list, PrepInstructionsHandler.MAX_IDS);
        if (ids.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter(list + ".1"));
        }
        return ids;
    }
}
