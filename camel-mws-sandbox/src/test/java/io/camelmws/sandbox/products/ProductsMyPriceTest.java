package io.camelmws.sandbox.products;

import static io.camelmws.sandbox.products.PricingCalls.DE;
import static io.camelmws.sandbox.products.PricingCalls.NS;
import static io.camelmws.sandbox.products.PricingCalls.NS2;
import static io.camelmws.sandbox.products.PricingCalls.US;
import static io.camelmws.sandbox.products.PricingCalls.call;
import static io.camelmws.sandbox.products.PricingCalls.children;
import static io.camelmws.sandbox.products.PricingCalls.element;
import static io.camelmws.sandbox.products.PricingCalls.error;
import static io.camelmws.sandbox.products.PricingCalls.results;
import static io.camelmws.sandbox.products.PricingCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** GetMyPriceForSKU and GetMyPriceForASIN over a socket: the seller's own offer, per-item errors, the 20-id cap. */
class ProductsMyPriceTest {

    private static MwsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = PricingCalls.start(7L);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Listing listing(String marketplaceId, String channel) {
        return sandbox.listings().inMarketplace(marketplaceId).stream()
                .filter(listing -> listing.fulfillmentChannel().equals(channel)).findFirst().orElseThrow();
    }

    @Test
    void answersEachSkuWithTheListingsOwnOfferAndAnUnknownSkuWithItsOwnError() {
        Listing amazon = listing(US, "AFN");
        Listing merchant = listing(US, "MFN");
        HttpResponse<String> response = call(sandbox, "GetMyPriceForSKU", US,
                List.of(amazon.sellerSku(), "NO-SUCH-SKU", merchant.sellerSku()));
        List<Element> results = results(response, "GetMyPriceForSKU");

        assertThat(results).extracting(r -> r.getAttribute("SellerSKU"))
                .containsExactly(amazon.sellerSku(), "NO-SUCH-SKU", merchant.sellerSku());
        assertThat(results).extracting(r -> r.getAttribute("status"))
                .containsExactly("Success", "ClientError", "Success");

        Element unknown = results.get(1);
        assertThat(element(unknown, "Product")).isNull();
        assertThat(text(unknown, "Error/Type")).isEqualTo("Sender");
        assertThat(text(unknown, "Error/Code")).isEqualTo("InvalidParameterValue");
        assertThat(text(unknown, "Error/Message")).contains("NO-SUCH-SKU").contains(US);

        Element product = element(results.get(0), "Product");
        assertThat(product.getNamespaceURI()).isEqualTo(NS);
        assertThat(product.getAttribute("xmlns:ns2")).isEqualTo(NS2);
        assertThat(text(product, "Identifiers/MarketplaceASIN/MarketplaceId")).isEqualTo(US);
        assertThat(text(product, "Identifiers/MarketplaceASIN/ASIN")).isEqualTo(amazon.asin());
        assertThat(text(product, "Identifiers/SKUIdentifier/SellerId")).isEqualTo(sandbox.sellerId());
        assertThat(text(product, "Identifiers/SKUIdentifier/SellerSKU")).isEqualTo(amazon.sellerSku());
        Element offer = element(product, "Offers/Offer");
        assertThat(text(offer, "BuyingPrice/ListingPrice/CurrencyCode")).isEqualTo("USD");
        assertThat(text(offer, "BuyingPrice/ListingPrice/Amount")).isEqualTo(amazon.price().toPlainString());
        assertThat(text(offer, "BuyingPrice/Shipping/Amount")).isEqualTo("0.00");
        assertThat(text(offer, "BuyingPrice/LandedPrice/Amount")).isEqualTo(amazon.price().toPlainString());
        assertThat(text(offer, "RegularPrice/Amount")).isEqualTo(amazon.price().toPlainString());
        assertThat(text(offer, "FulfillmentChannel")).isEqualTo("AMAZON");
        assertThat(text(offer, "ItemCondition")).isEqualTo("New");
        assertThat(text(offer, "SellerId")).isEqualTo(sandbox.sellerId());
        assertThat(text(offer, "SellerSKU")).isEqualTo(amazon.sellerSku());

        Element merchantOffer = element(results.get(2), "Product/Offers/Offer");
        assertThat(text(merchantOffer, "FulfillmentChannel")).isEqualTo("MERCHANT");
        BigDecimal shipping = new BigDecimal(text(merchantOffer, "BuyingPrice/Shipping/Amount"));
        assertThat(shipping).isPositive();
        assertThat(new BigDecimal(text(merchantOffer, "BuyingPrice/LandedPrice/Amount")))
                .isEqualTo(merchant.price().add(shipping));
    }

    @Test
    void answersByAsinInTheMarketplacesCurrencyWithoutASkuIdentifier() {
        Listing listing = listing(DE, "MFN");
        List<Element> results = results(call(sandbox, "GetMyPriceForASIN", DE, List.of(listing.asin(), "B0NOSUCH00")),
                "GetMyPriceForASIN");
        assertThat(results).extracting(r -> r.getAttribute("ASIN")).containsExactly(listing.asin(), "B0NOSUCH00");
        assertThat(results).extracting(r -> r.getAttribute("status")).containsExactly("Success", "ClientError");
        Element product = element(results.get(0), "Product");
        assertThat(element(product, "Identifiers/SKUIdentifier")).isNull();
        assertThat(text(product, "Identifiers/MarketplaceASIN/MarketplaceId")).isEqualTo(DE);
        assertThat(text(product, "Offers/Offer/BuyingPrice/ListingPrice/CurrencyCode")).isEqualTo("EUR");
        assertThat(text(product, "Offers/Offer/RegularPrice/Amount")).isEqualTo(listing.price().toPlainString());
        assertThat(text(product, "Offers/Offer/SellerSKU")).isEqualTo(listing.sellerSku());
        assertThat(text(results.get(1), "Error/Message")).contains("B0NOSUCH00");
    }

    @Test
    void anItemConditionOtherThanNewLeavesTheOffersEmpty() {
        Listing listing = listing(US, "AFN");
        Element used = results(call(sandbox, "GetMyPriceForSKU", US, List.of(listing.sellerSku()),
                "ItemCondition", "Used"), "GetMyPriceForSKU").get(0);
        assertThat(used.getAttribute("status")).isEqualTo("Success");
        assertThat(children(element(used, "Product/Offers"), "Offer")).isEmpty();

        Element refused = error(call(sandbox, "GetMyPriceForSKU", US, List.of(listing.sellerSku()),
                "ItemCondition", "Shiny"), 400);
        assertThat(text(refused, "Error/Code")).isEqualTo("InvalidParameterValue");
        assertThat(text(refused, "Error/Message")).contains("ItemCondition").contains("Shiny");
    }

    @Test
    void takesTwentyIdsAndRefusesTwentyOne() {
        List<String> skus = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> skus.add(sandbox.listings().inMarketplace(US).get(i).sellerSku()));
        assertThat(results(call(sandbox, "GetMyPriceForSKU", US, skus), "GetMyPriceForSKU")).hasSize(20)
                .allSatisfy(result -> assertThat(result.getAttribute("status")).isEqualTo("Success"));

        skus.add(sandbox.listings().inMarketplace(US).get(20).sellerSku());
        Element tooMany = error(call(sandbox, "GetMyPriceForSKU", US, skus), 400);
        assertThat(text(tooMany, "Error/Code")).isEqualTo("InvalidParameterValue");
        assertThat(text(tooMany, "Error/Message")).contains("SellerSKUList").contains("21").contains("20");
    }

    @Test
    void refusesARequestWithoutMarketplaceOrIds() {
        Element noMarketplace = error(call(sandbox, "GetMyPriceForASIN", null, List.of("B000000000")), 400);
        assertThat(text(noMarketplace, "Error/Code")).isEqualTo("MissingParameter");
        assertThat(text(noMarketplace, "Error/Message")).contains("MarketplaceId");
        Element noIds = error(call(sandbox, "GetMyPriceForSKU", US, List.of()), 400);
        assertThat(text(noIds, "Error/Code")).isEqualTo("MissingParameter");
        assertThat(text(noIds, "Error/Message")).contains("SellerSKUList.SellerSKU.1");
        Element foreign = error(call(sandbox, "GetMyPriceForSKU", "A2Q3Y263D00KWC", List.of("X")), 400);
        assertThat(text(foreign, "Error/Code")).isEqualTo("InvalidParameterValue");
    }
}
