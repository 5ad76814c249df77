package io.camelmws.sandbox.carts;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.DateRangeList;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceDates;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * ListCarts (DateRangeStart required, as the catalog says), ListCartsByNextToken and GetCarts, with a Cart as
 * the PHP client library's sample XML shows it.
 */
final class CartsHandler {

    static final int PAGE_SIZE = 25;
    private static final int MAX_CART_IDS = 50;

    private final Carts carts;
    private final DateRangeList<Cart> list;

    CartsHandler(Carts carts) {
        this.carts = carts;
        this.list = new DateRangeList<>("ListCarts", PAGE_SIZE, true, List.of(), this::inRange,
                (xml, page, nextToken) -> {
                    carts(xml, page);
                    xml.element("NextToken", nextToken);
                });
    }

    SandboxResponse listCarts(OperationCall call) {
        return list.list(call);
    }

    SandboxResponse listCartsByNextToken(OperationCall call) {
        return list.listByNextToken(call);
    }

    SandboxResponse getCarts(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String marketplaceId = parameters.marketplaceId(List.of());
        List<String> ids = parameters.list("CartIdList.CartId", MAX_CART_IDS);
        if (ids.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("CartIdList.CartId.1"));
        }
        List<Cart> found = new ArrayList<>();
        for (String id : ids) {
            found.add(carts.find(marketplaceId, id, call.now()).orElseThrow(() -> new OperationFailure(
                    MwsErrors.invalidParameterValue("CartIdList.CartId", id, "the CartId of a cart in "
                            + marketplaceId))));
        }
        return WebServiceResponses.result(call, xml -> carts(xml, found));
    }

    private List<Cart> inRange(String marketplaceId, WebServiceParameters query, Instant from, Instant to,
                               Instant now) {
        return carts.inMarketplace(marketplaceId, now).stream()
                .filter(cart -> !cart.lastUpdated().isBefore(from) && !cart.lastUpdated().isAfter(to)).toList();
    }

    private static void carts(XmlWriter xml, List<Cart> page) {
        xml.start("CartList");
        for (Cart cart : page) {
            xml.start("Cart").element("MarketplaceId", cart.marketplaceId())
                    .element("NumberOfActiveItems", Integer.toString(cart.active().size()))
                    .element("NumberOfSavedItems", Integer.toString(cart.saved().size()))
                    .element("CustomerId", cart.customerId()).element("CartType", "Standard");
            items(xml, "ActiveCartItemList", cart.active());
            items(xml, "SavedCartItemList", cart.saved());
            xml.element("LastUpdatedDate", WebServiceDates.formatUtc(cart.lastUpdated()))
                    .element("SessionId", cart.sessionId()).element("CartId", cart.cartId()).end("Cart");
        }
        xml.end("CartList");
    }

    private static void items(XmlWriter xml, String element, List<Listing> listings) {
        xml.start(element);
        for (Listing listing : listings) {
            String domain = Marketplaces.byId(listing.marketplaceId()).map(m -> m.domainName()).orElse("www.amazon.com");
            xml.start("CartItem").element("ASIN", listing.asin()).element("SellerSKU", listing.sellerSku())
                    .element("Title", listing.title())
                    .start("CurrentPrice").element("CurrencyCode", listing.currencyCode())
                    .element("Amount", listing.price().toPlainString()).end("CurrentPrice")
                    .element("Quantity", "1")
                    .element("ProductPageURL", "https://" + domain + "/dp/" + listing.asin())
                    .element("IsBuyable", Boolean.toString(listing.quantity() > 0)).end("CartItem");
        }
        xml.end(element);
    }
}
