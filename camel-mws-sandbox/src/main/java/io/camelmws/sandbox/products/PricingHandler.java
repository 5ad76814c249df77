package io.camelmws.sandbox.products;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The batch every pricing operation answers in (Products_GetMyPriceForSKU, ..._GetCompetitivePricingForSKU,
 * ..._GetLowestOfferListingsForSKU and their ForASIN twins, in the bizon/mws-api-doc copy of the MWS pages): one
 * {@code <OpResult SellerSKU|ASIN="id" status="Success|ClientError">} per requested id, in request order, a
 * {@code Product} that repeats the default namespace and declares {@code ns2}, and for an id the seller has no
 * listing of in the marketplace a per-item {@code Error} inside the 200 answer (REFERENCE 8.2). What goes inside
 * {@code Product} after its {@code Identifiers} is the operation's {@link Content}.
 */
final class PricingHandler implements OperationHandler {

    /** The attribute sets' namespace of the Products answers (REFERENCE 8.1). */
    static final String NS2 = "http://mws.amazonservices.com/schema/Products/2011-10-01/default.xsd";

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
    private final OrderBook orderBook;
    private final ListingPrices prices;
    private final Content content;

    PricingHandler(String sellerId, OrderBook orderBook, ListingPrices prices, Content content) {
        this.sellerId = sellerId;
        this.orderBook = orderBook;
        this.prices = prices;
        this.content = content;
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        PricingRequest request = PricingRequest.of(call);
        content.check(call);
        ListingPrices.Snapshot snapshot = prices.at(call.now());
        String namespace = call.section().namespace();
        String result = call.action() + "Result";
        XmlWriter xml = new XmlWriter().root(call.action() + "Response", namespace);
        for (String id : request.ids()) {
            Optional<Listing> found = find(request, id);
            if (found.isEmpty()) {
                xml.start(result, request.idAttribute(), id, "status", "ClientError")
                        .start("Error")
                        .element("Type", "Sender")
                        .element("Code", "InvalidParameterValue")
                        .element("Message", "Invalid " + request.idAttribute() + " identifier " + id
                                + " for marketplace " + request.marketplaceId())
                        .end("Error")
                        .end(result);
                continue;
            }
            Listing listing = found.get();
            Item item = new Item(listing, snapshot.price(listing), request.bySku());
            xml.start(result, request.idAttribute(), id, "status", "Success");
            content.beforeProduct(xml, call, item);
            xml.start("Product", "xmlns", namespace, "xmlns:ns2", NS2).start("Identifiers")
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
            xml.end("Product").end(result);
        }
        return SandboxResponse.xml(xml.start("ResponseMetadata").element("RequestId", call.requestId())
                .end("ResponseMetadata").end(call.action() + "Response").toBytes());
    }

    private Optional<Listing> find(PricingRequest request, String id) {
        if (request.bySku()) {
            return orderBook.listings().find(request.marketplaceId(), id);
        }
        return orderBook.listings().inMarketplace(request.marketplaceId()).stream()
                .filter(listing -> listing.asin().equals(id)).findFirst();
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
