package io.camelmws.sandbox.products;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The batch every pricing operation answers in (Products_GetMyPriceForSKU, ..._GetCompetitivePricingForSKU,
 * ..._GetLowestOfferListingsForSKU and their ForASIN twins, in the bizon/mws-api-doc copy of the MWS pages): one
 * {@code <OpResult SellerSKU|ASIN="id" status="Success|ClientError">} per requested id ({@link BatchAnswer}), a
 * {@code Product} that repeats the default namespace and declares {@code ns2}, and for an id the seller has no
 * listing of in the marketplace a per-item {@code Error} inside the 200 answer (REFERENCE 8.2). What goes inside
 * {@code Product} after its {@code Identifiers} is the operation's {@link Content}.
 */
final class PricingHandler implements OperationHandler {

    /** What one pricing operation says about one listing. */
    interface Content {
        /** Checks the operation's own parameters before any item is answered; throws OperationFailure. */
        default void check(OperationCall call) {
        }

        /** Elements of the result before {@code Product} (GetLowestOfferListings' AllOfferListingsConsidered). */
        default void beforeProduct(XmlWriter xml, OperationCall call, Item item) {
        }

        /** Elements of {@code Product} after {@code Identifiers}. */
        void product(XmlWriter xml, OperationCall call, Item item);
    }

    /**
     * One listing asked about, with its price at the request's instant.
     *
     * @param listing the seller's listing in the requested marketplace
     * @param price   its current price
     * @param bySku   whether it was asked for by SellerSKU
     */
    record Item(Listing listing, BigDecimal price, boolean bySku) {
    }

    private final String sellerId;
    private final ProductLookup lookup;
    private final ListingPrices prices;
    private final Content content;

    PricingHandler(String sellerId, ProductLookup lookup, ListingPrices prices, Content content) {
        this.sellerId = sellerId;
        this.lookup = lookup;
        this.prices = prices;
        this.content = content;
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        PricingRequest request = PricingRequest.of(call);
        content.check(call);
        ListingPrices.Snapshot snapshot = prices.at(call.now());
        String namespace = call.section().namespace();
        return BatchAnswer.of(call, request.ids(), (xml, id) -> {
            Optional<Listing> found = lookup.find(request.marketplaceId(), request.bySku(), id);
            if (found.isEmpty()) {
                BatchAnswer.clientError(xml, call, "Invalid " + request.idAttribute() + " identifier " + id
                        + " for marketplace " + request.marketplaceId(), request.idAttribute(), id);
                return;
            }
            Listing listing = found.get();
            Item item = new Item(listing, snapshot.price(listing), request.bySku());
            BatchAnswer.startSuccess(xml, call, request.idAttribute(), id);
            content.beforeProduct(xml, call, item);
            xml.start("Product", ProductXml.namespaces(namespace)).start("Identifiers")
                    .start("MarketplaceASIN")
                    .element("MarketplaceId", listing.marketplaceId())
                    .element("ASIN", listing.asin())
                    .end("MarketplaceASIN");
            if (request.bySku()) {
                xml.start("SKUIdentifier")
                        .element("MarketplaceId", listing.marketplaceId())
                        .element("SellerId", sellerId)
                        .element("SellerSKU", listing.sellerSku())
                        .end("SKUIdentifier");
            }
            xml.end("Identifiers");
            content.product(xml, call, item);
            xml.end("Product").end(BatchAnswer.resultElement(call));
        });
    }

    /** {@code <name><CurrencyCode/><Amount/></name>}. */
    static void money(XmlWriter xml, String name, String currencyCode, BigDecimal amount) {
        xml.start(name).element("CurrencyCode", currencyCode).element("Amount", amount.toPlainString()).end(name);
    }

    /** LandedPrice, ListingPrice and Shipping of an offer, in the documented order. */
    static void prices(XmlWriter xml, String currencyCode, Offer offer) {
        money(xml, "LandedPrice", currencyCode, offer.landedPrice());
        money(xml, "ListingPrice", currencyCode, offer.listingPrice());
        money(xml, "Shipping", currencyCode, offer.shipping());
    }
}
