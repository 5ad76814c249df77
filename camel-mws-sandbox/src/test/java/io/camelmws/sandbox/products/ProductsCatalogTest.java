package io.camelmws.sandbox.products;

import static io.camelmws.sandbox.products.PricingCalls.NS;
import static io.camelmws.sandbox.products.PricingCalls.NS2;
import static io.camelmws.sandbox.products.PricingCalls.US;
import static io.camelmws.sandbox.products.PricingCalls.children;
import static io.camelmws.sandbox.products.PricingCalls.element;
import static io.camelmws.sandbox.products.PricingCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.support.SignedRequest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The catalog, lowest-priced-offers and fee operations of Products over HTTP: every product code type finds the
 * seller's product, attribute sets in the ns2 namespace, unknown ids answered per item or as 400 where the operation
 * takes one id, and the same seed giving the same answers.
 */
class ProductsCatalogTest {

    static MwsSandbox sandbox;
    static Listing listing;

    @BeforeAll
    static void start() {
        sandbox = PricingCalls.start(7);
        listing = sandbox.listings().inMarketplace(US).get(2);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static SignedRequest products(String action) {
        return SignedRequest.to(sandbox).path("/Products/2011-10-01").action(action);
    }

    @Test
    void everyIdTypeFindsTheSellersProductAndUnknownIdsFailOnTheirOwn() {
        long seed = sandbox.orders().seed();
        for (String idType : List.of("ASIN", "SellerSKU", "UPC", "EAN", "JAN")) {
            String code = ProductsOperations.productCode(seed, listing, idType);
            HttpResponse<String> response = products("GetMatchingProductForId").param("MarketplaceId", US)
                    .param("IdType", idType).param("IdList.Id.1", "X" + code).param("IdList.Id.2", code).send();
            List<Element> results = PricingCalls.results(response, "GetMatchingProductForId");
            assertThat(results).hasSize(2);
            assertThat(results.get(0).getAttribute("status")).isEqualTo("ClientError");
            assertThat(results.get(0).getAttribute("Id")).isEqualTo("X" + code);
            assertThat(text(results.get(0), "Error/Code")).isEqualTo("InvalidParameterValue");
            assertThat(text(results.get(0), "Error/Message")).isEqualTo("Invalid " + idType + " identifier X" + code
                    + " for marketplace " + US);
            assertThat(results.get(1).getAttribute("status")).as(idType).isEqualTo("Success");
            assertThat(results.get(1).getAttribute("IdType")).isEqualTo(idType);
            Element products = element(results.get(1), "Products");
            assertThat(products.getAttribute("xmlns:ns2")).isEqualTo(NS2);
            assertThat(text(products, "Product/Identifiers/MarketplaceASIN/ASIN")).isEqualTo(listing.asin());
        }
        assertThat(ProductsOperations.productCode(seed, listing, "UPC")).hasSize(12);
        assertThat(ProductsOperations.productCode(seed, listing, "EAN"))
                .isEqualTo("0" + ProductsOperations.productCode(seed, listing, "UPC"));
        List<Element> isbn = PricingCalls.results(products("GetMatchingProductForId").param("MarketplaceId", US)
                .param("IdType", "ISBN").param("IdList.Id.1", "9781933988665").send(), "GetMatchingProductForId");
        assertThat(isbn.get(0).getAttribute("status")).isEqualTo("ClientError");
    }

    @Test
    void itemAttributesAreInTheNs2NamespaceWithTheListingsTitleAndLanguage() {
        HttpResponse<String> response = products("GetMatchingProduct").param("MarketplaceId", PricingCalls.DE)
                .param("ASINList.ASIN.1", listing.asin()).send();
        Element result = PricingCalls.results(response, "GetMatchingProduct").get(0);
        assertThat(result.getAttribute("ASIN")).isEqualTo(listing.asin());
        assertThat(result.getAttribute("status")).isEqualTo("Success");
        Element attributes = element(result, "Product/AttributeSets/ItemAttributes");
        assertThat(attributes.getNamespaceURI()).isEqualTo(NS2);
        assertThat(attributes.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("de-DE");
        Listing german = sandbox.listings().find(PricingCalls.DE, listing.sellerSku()).orElseThrow();
        assertThat(text(attributes, "Title")).isEqualTo(german.title());
        assertThat(element(attributes, "Title").getNamespaceURI()).isEqualTo(NS2);
        assertThat(text(attributes, "ListPrice/CurrencyCode")).isEqualTo("EUR");
        assertThat(element(attributes, "ItemDimensions/Weight").getAttribute("Units")).isEqualTo("pounds");
        assertThat(element(result, "Product/SalesRankings").getNamespaceURI()).isEqualTo(NS);
        assertThat(children(element(result, "Product/SalesRankings"), "SalesRank")).hasSize(2);
    }

    @Test
    void listMatchingProductsFindsByTitleWordsWithinItsSearchIndex() {
        String word = listing.title().split(" ")[0];
        HttpResponse<String> response = products("ListMatchingProducts").param("MarketplaceId", US)
                .param("Query", word.toLowerCase()).send();
        List<Element> products = children(element(PricingCalls.results(response, "ListMatchingProducts").get(0),
                "Products"), "Product");
        assertThat(products).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(products).extracting(p -> text(p, "AttributeSets/ItemAttributes/Title"))
                .allSatisfy(title -> assertThat(title.toLowerCase()).contains(word.toLowerCase()));

        HttpResponse<String> elsewhere = products("ListMatchingProducts").param("MarketplaceId", US)
                .param("Query", word).param("QueryContextId", "Books").send();
        assertThat(children(element(PricingCalls.results(elsewhere, "ListMatchingProducts").get(0), "Products"),
                "Product")).isEmpty();

        Element refused = PricingCalls.error(products("ListMatchingProducts").param("MarketplaceId", US)
                .param("Query", word).param("QueryContextId", "Bookz").send(), 400);
        assertThat(text(refused, "Error/Message")).contains("QueryContextId").contains("Books");
    }

    @Test
    void productCategoriesAreAChainFromTheLeafToTheRoot() {
        HttpResponse<String> response = products("GetProductCategoriesForSKU").param("MarketplaceId", US)
                .param("SellerSKU", listing.sellerSku()).send();
        Element self = element(PricingCalls.results(response, "GetProductCategoriesForSKU").get(0), "Self");
        List<String[]> chain = ProductKind.ofSku(listing.sellerSku()).categories();
        Element at = self;
        for (String[] category : chain) {
            assertThat(text(at, "ProductCategoryId")).isEqualTo(category[0]);
            assertThat(text(at, "ProductCategoryName")).isEqualTo(category[1]);
            at = element(at, "Parent");
        }
        assertThat(at).isNull();

        Element unknown = PricingCalls.error(products("GetProductCategoriesForASIN").param("MarketplaceId", US)
                .param("ASIN", "B000000000").send(), 400);
        assertThat(text(unknown, "Error/Code")).isEqualTo("InvalidParameterValue");
        assertThat(text(unknown, "Error/Message")).isEqualTo("B000000000 is an invalid ASIN for marketplace " + US);
    }

    @Test
    void lowestPricedOffersSummariseTheMarketAndListTheSellersOwnOffer() {
        HttpResponse<String> response = products("GetLowestPricedOffersForSKU").param("MarketplaceId", US)
                .param("SellerSKU", listing.sellerSku()).param("ItemCondition", "New").send();
        Element result = PricingCalls.results(response, "GetLowestPricedOffersForSKU").get(0);
        assertThat(result.getAttribute("MarketplaceID")).isEqualTo(US);
        assertThat(result.getAttribute("SKU")).isEqualTo(listing.sellerSku());
        assertThat(result.getAttribute("ItemCondition")).isEqualTo("New");
        assertThat(result.getAttribute("status")).isEqualTo("Success");
        assertThat(text(result, "Identifier/TimeOfOfferChange")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        List<Element> offers = children(element(result, "Offers"), "Offer");
        assertThat(offers).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(offers).filteredOn(o -> "true".equals(text(o, "MyOffer"))).singleElement()
                .satisfies(mine -> assertThat(new BigDecimal(text(mine, "ListingPrice/Amount")))
                        .isEqualTo(listing.price()));
        assertThat(offers).filteredOn(o -> "true".equals(text(o, "IsBuyBoxWinner"))).hasSizeLessThanOrEqualTo(1);
        int total = Integer.parseInt(text(result, "Summary/TotalOfferCount"));
        int counted = children(element(result, "Summary/NumberOfOffers"), "OfferCount").stream()
                .mapToInt(c -> Integer.parseInt(c.getTextContent().trim())).sum();
        assertThat(counted).isEqualTo(total);

        Element missing = PricingCalls.error(products("GetLowestPricedOffersForASIN").param("MarketplaceId", US)
                .param("ASIN", listing.asin()).send(), 400);
        assertThat(text(missing, "Error/Code")).isEqualTo("MissingParameter");
    }

    @Test
    void feesEstimatesAnswerEachRequestWithItsOwnStatus() {
        HttpResponse<String> response = products("GetMyFeesEstimate")
                .param("FeesEstimateRequestList.FeesEstimateRequest.1.MarketplaceId", US)
                .param("FeesEstimateRequestList.FeesEstimateRequest.1.IdType", "SellerSKU")
                .param("FeesEstimateRequestList.FeesEstimateRequest.1.IdValue", listing.sellerSku())
                .param("FeesEstimateRequestList.FeesEstimateRequest.1.IsAmazonFulfilled", "true")
                .param("FeesEstimateRequestList.FeesEstimateRequest.1.Identifier", "first")
                .param("FeesEstimateRequestList.FeesEstimateRequest.1.PriceToEstimateFees.ListingPrice.CurrencyCode", "USD")
                .param("FeesEstimateRequestList.FeesEstimateRequest.1.PriceToEstimateFees.ListingPrice.Amount", "20.00")
                .param("FeesEstimateRequestList.FeesEstimateRequest.2.MarketplaceId", US)
                .param("FeesEstimateRequestList.FeesEstimateRequest.2.IdType", "ASIN")
                .param("FeesEstimateRequestList.FeesEstimateRequest.2.IdValue", "B000000000")
                .param("FeesEstimateRequestList.FeesEstimateRequest.2.IsAmazonFulfilled", "false")
                .param("FeesEstimateRequestList.FeesEstimateRequest.2.Identifier", "second")
                .param("FeesEstimateRequestList.FeesEstimateRequest.2.PriceToEstimateFees.ListingPrice.CurrencyCode", "USD")
                .param("FeesEstimateRequestList.FeesEstimateRequest.2.PriceToEstimateFees.ListingPrice.Amount", "20.00")
                .send();
        List<Element> results = children(element(PricingCalls.results(response, "GetMyFeesEstimate").get(0),
                "FeesEstimateResultList"), "FeesEstimateResult");
        assertThat(results).hasSize(2);
        assertThat(text(results.get(0), "Status")).isEqualTo("Success");
        assertThat(text(results.get(0), "FeesEstimateIdentifier/SellerInputIdentifier")).isEqualTo("first");
        BigDecimal referral = new BigDecimal("20.00").multiply(ProductKind.ofSku(listing.sellerSku())
                .referralPercent()).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
        Element fees = element(results.get(0), "FeesEstimate/FeeDetailList");
        assertThat(text(children(fees, "FeeDetail").get(0), "FeeType")).isEqualTo("ReferralFee");
        assertThat(new BigDecimal(text(children(fees, "FeeDetail").get(0), "FinalFee/Amount"))).isEqualTo(referral);
        BigDecimal sum = children(fees, "FeeDetail").stream().map(f -> new BigDecimal(text(f, "FinalFee/Amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(text(results.get(0), "FeesEstimate/TotalFeesEstimate/Amount"))).isEqualTo(sum);
        assertThat(text(children(fees, "FeeDetail").get(3), "FeeType")).isEqualTo("FBAFees");
        assertThat(text(results.get(1), "Status")).isEqualTo("ClientError");
        assertThat(text(results.get(1), "Error/Code")).isEqualTo("InvalidParameterValue");
        assertThat(element(results.get(1), "FeesEstimate")).isNull();

        Element incomplete = PricingCalls.error(products("GetMyFeesEstimate")
                .param("FeesEstimateRequestList.FeesEstimateRequest.1.MarketplaceId", US).send(), 400);
        assertThat(text(incomplete, "Error/Message"))
                .contains("FeesEstimateRequestList.FeesEstimateRequest.1.IdType");
    }

    @Test
    void theSameSeedGivesTheSameAnswers() {
        try (MwsSandbox twin = PricingCalls.start(7)) {
            // Listings' open dates follow each sandbox's start; what the catalog says of them follows the seed.
            assertThat(twin.listings().inMarketplace(US).get(2).asin()).isEqualTo(listing.asin());
            String first = SignedRequest.to(sandbox).path("/Products/2011-10-01").action("GetMatchingProduct")
                    .param("MarketplaceId", US).param("ASINList.ASIN.1", listing.asin()).send().body();
            String second = SignedRequest.to(twin).path("/Products/2011-10-01").action("GetMatchingProduct")
                    .param("MarketplaceId", US).param("ASINList.ASIN.1", listing.asin()).send().body();
            assertThat(PricingCalls.withoutRequestId(second)).isEqualTo(PricingCalls.withoutRequestId(first));
        }
    }
}
