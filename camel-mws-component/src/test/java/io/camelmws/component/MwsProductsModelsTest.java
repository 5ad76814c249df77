package io.camelmws.component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.camelmws.component.model.GetServiceStatusResult;
import io.camelmws.component.model.products.GetMyFeesEstimateResult;
import io.camelmws.component.model.products.GetMyFeesEstimateResult.FeeDetail;
import io.camelmws.component.model.products.GetMyFeesEstimateResult.FeesEstimateResult;
import io.camelmws.component.model.products.GetProductCategoriesResult;
import io.camelmws.component.model.products.ItemAttributes;
import io.camelmws.component.model.products.ListMatchingProductsResult;
import io.camelmws.component.model.products.LowestPricedOffer;
import io.camelmws.component.model.products.LowestPricedOffersResult;
import io.camelmws.component.model.products.Product;
import io.camelmws.component.model.products.ProductResult;
import io.camelmws.component.model.products.ProductResults;
import io.camelmws.component.model.products.ResultStatus;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.products.ProductsOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Products operation through a route against the sandbox over a socket, read as typed models
 * (resultFormat=MODEL) and typed JSON: the catalog answers with their ns2 attribute sets, the per-item batches with
 * one bad id among good ones, the lowest priced offers, the fee estimates and the category chains. Values are checked
 * against the sandbox's listings, so a binding that loses or misreads an element fails here.
 */
class MwsProductsModelsTest extends MwsTestSupport {

    static final String US = "ATVPDKIKX0DER";
    static final String BAD_ASIN = "B000000000";

    private static Listing listing(int index) {
        return sandbox().listings().inMarketplace(US).get(index);
    }

    private <T> T model(String action, Map<String, Object> parameters, Class<T> type) {
        Exchange exchange = template.request("mws:" + action + "?marketplaceId=" + US + "&resultFormat=MODEL",
                e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, parameters));
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(type);
    }

    @Test
    void listMatchingProductsBindsTheNs2AttributeSets() {
        Listing listing = listing(0);
        String word = listing.title().split(" ")[0];
        ListMatchingProductsResult result = model("ListMatchingProducts", Map.of("Query", word), ListMatchingProductsResult.class);

        assertThat(result.products()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        Product product = result.products().stream().filter(p -> listing.asin().equals(p.asin())).findFirst().orElseThrow();
        ItemAttributes attributes = product.itemAttributes();
        assertThat(attributes.title()).isEqualTo(listing.title());
        assertThat(attributes.language()).isEqualTo("en-US");
        assertThat(attributes.brand()).isEqualTo("Camel Goods");
        assertThat(attributes.listPrice().currencyCode()).isEqualTo("USD");
        assertThat(attributes.listPrice().amount()).isGreaterThan(listing.price());
        assertThat(attributes.itemDimensions().weight().units()).isEqualTo("pounds");
        assertThat(attributes.itemDimensions().weight().value()).isPositive();
        assertThat(attributes.smallImage().height().value()).isEqualByComparingTo("75");
        assertThat(attributes.packageQuantity()).isEqualTo(1);
        assertThat(product.relationships().parents()).singleElement()
                .satisfies(parent -> assertThat(parent.identifiers().marketplaceAsin().asin()).startsWith("B0"));
        assertThat(product.salesRankings()).hasSize(2).allSatisfy(rank -> assertThat(rank.rank()).isPositive());
    }

    @Test
    void getMatchingProductAnswersEachAsinWithItsOwnStatus() {
        List<String> asins = List.of(listing(1).asin(), BAD_ASIN, listing(2).asin());
        ProductResults results = model("GetMatchingProduct", Map.of("ASINList", asins), ProductResults.class);

        assertThat(results.results()).extracting(ProductResult::asin).containsExactlyElementsOf(asins);
        assertThat(results.results()).extracting(ProductResult::status)
                .containsExactly(ResultStatus.SUCCESS, ResultStatus.CLIENT_ERROR, ResultStatus.SUCCESS);
        ProductResult bad = results.results().get(1);
        assertThat(bad.product()).isNull();
        assertThat(bad.error().code()).isEqualTo("InvalidParameterValue");
        assertThat(bad.error().message()).isEqualTo("Invalid ASIN identifier " + BAD_ASIN + " for marketplace " + US);
        assertThat(results.results().get(2).product().itemAttributes().title()).isEqualTo(listing(2).title());
    }

    @Test
    void getMatchingProductForIdFindsBySkuAndUpcAndFailsTheUnknownIdAlone() {
        Listing listing = listing(3);
        String upc = ProductsOperations.productCode(sandbox().orders().seed(), listing, "UPC");
        ProductResults byUpc = model("GetMatchingProductForId", Map.of("IdType", "UPC", "IdList", List.of(upc, "000000000000")),
                ProductResults.class);
        assertThat(byUpc.results()).extracting(ProductResult::id).containsExactly(upc, "000000000000");
        assertThat(byUpc.results().get(0).isSuccess()).isTrue();
        assertThat(byUpc.results().get(0).idType()).isEqualTo("UPC");
        assertThat(byUpc.results().get(0).products()).singleElement().satisfies(p -> assertThat(p.asin()).isEqualTo(listing.asin()));
        assertThat(byUpc.results().get(1).statusAsString()).isEqualTo("ClientError");
        assertThat(byUpc.results().get(1).error().message()).contains("Invalid UPC identifier 000000000000");

        ProductResults bySku = model("GetMatchingProductForId", Map.of("IdType", "SellerSKU", "IdList", List.of(listing.sellerSku())),
                ProductResults.class);
        assertThat(bySku.results().get(0).products().get(0).itemAttributes().model()).isNotBlank();
    }

    @Test
    void pricingBatchesBindTheirOffersAndCompetitivePrices() {
        Listing listing = listing(4);
        ProductResults myPrice = model("GetMyPriceForSKU", Map.of("SellerSKUList", List.of(listing.sellerSku(), "NO-SUCH-SKU")),
                ProductResults.class);
        ProductResult mine = myPrice.results().get(0);
        assertThat(mine.sellerSku()).isEqualTo(listing.sellerSku());
        assertThat(mine.product().identifiers().skuIdentifier().sellerSku()).isEqualTo(listing.sellerSku());
        assertThat(mine.product().offers()).singleElement().satisfies(offer -> {
            assertThat(offer.regularPrice().amount()).isEqualTo(listing.price());
            assertThat(offer.buyingPrice().listingPrice().amount()).isEqualTo(listing.price());
            assertThat(offer.fulfillmentChannel()).isEqualTo("AFN".equals(listing.fulfillmentChannel()) ? "AMAZON" : "MERCHANT");
        });
        assertThat(myPrice.results().get(1).status()).isEqualTo(ResultStatus.CLIENT_ERROR);

        ProductResults myPriceByAsin = model("GetMyPriceForASIN", Map.of("ASINList", List.of(listing.asin())), ProductResults.class);
        assertThat(myPriceByAsin.results().get(0).asin()).isEqualTo(listing.asin());
        assertThat(myPriceByAsin.results().get(0).product().offers()).isNotEmpty();

        for (String action : List.of("GetCompetitivePricingForSKU", "GetCompetitivePricingForASIN")) {
            Object id = action.endsWith("SKU") ? listing.sellerSku() : listing.asin();
            ProductResult competitive = model(action, Map.of(action.endsWith("SKU") ? "SellerSKUList" : "ASINList", List.of(id)),
                    ProductResults.class).results().get(0);
            var pricing = competitive.product().competitivePricing();
            assertThat(pricing.competitivePrices()).isNotEmpty();
            assertThat(pricing.competitivePrices().get(0).competitivePriceId()).isEqualTo("1");
            assertThat(pricing.competitivePrices().get(0).price().landedPrice().amount()).isPositive();
            assertThat(pricing.numberOfOfferListings().get(0).condition()).isEqualTo("Any");
            assertThat(pricing.numberOfOfferListings().get(0).count()).isPositive();
            assertThat(competitive.product().salesRankings()).isNotEmpty();
        }

        for (String action : List.of("GetLowestOfferListingsForSKU", "GetLowestOfferListingsForASIN")) {
            Object id = action.endsWith("SKU") ? listing.sellerSku() : listing.asin();
            ProductResult lowest = model(action, Map.of(action.endsWith("SKU") ? "SellerSKUList" : "ASINList", List.of(id)),
                    ProductResults.class).results().get(0);
            assertThat(lowest.allOfferListingsConsidered()).isTrue();
            assertThat(lowest.product().lowestOfferListings()).isNotEmpty().allSatisfy(offer -> {
                assertThat(offer.qualifiers().itemCondition()).isIn("New", "Used");
                assertThat(offer.qualifiers().shipsDomestically()).isTrue();
                assertThat(offer.numberOfOfferListingsConsidered()).isPositive();
                assertThat(offer.multipleOffersAtLowestPrice()).isNotNull();
                assertThat(offer.price().landedPrice().amount())
                        .isEqualByComparingTo(offer.price().listingPrice().amount().add(offer.price().shipping().amount()));
            });
        }
    }

    @Test
    void lowestPricedOffersSummariseTheMarketForSkuAndAsin() {
        Listing listing = listing(5);
        LowestPricedOffersResult bySku = model("GetLowestPricedOffersForSKU", Map.of("SellerSKU", listing.sellerSku(), "ItemCondition", "New"),
                LowestPricedOffersResult.class);
        assertThat(bySku.status()).isEqualTo(ResultStatus.SUCCESS);
        assertThat(bySku.sellerSku()).isEqualTo(listing.sellerSku());
        assertThat(bySku.marketplaceId()).isEqualTo(US);
        assertThat(bySku.identifier().timeOfOfferChange()).isEqualTo(listing.openDate());
        assertThat(bySku.summary().numberOfOffers().stream().mapToInt(c -> c.count()).sum()).isEqualTo(bySku.summary().totalOfferCount());
        assertThat(bySku.summary().buyBoxPrices()).isNotEmpty().allSatisfy(p -> assertThat(p.landedPrice().amount()).isPositive());
        assertThat(bySku.summary().lowestPrices()).allSatisfy(p -> assertThat(p.fulfillmentChannel()).isIn("Amazon", "Merchant"));
        assertThat(bySku.offers()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        LowestPricedOffer mine = bySku.offers().stream().filter(LowestPricedOffer::myOffer).findFirst().orElseThrow();
        assertThat(mine.listingPrice().amount()).isEqualTo(listing.price());
        assertThat(mine.shippingTime().availabilityType()).isEqualTo("NOW");
        assertThat(mine.shippingTime().maximumHours()).isEqualTo(48);
        assertThat(mine.sellerFeedbackRating().sellerPositiveFeedbackRating()).isBetween(new BigDecimal("98"), new BigDecimal("100"));
        List<BigDecimal> landed = bySku.offers().stream().map(LowestPricedOffer::landedAmount).toList();
        assertThat(landed).isSortedAccordingTo(BigDecimal::compareTo);

        LowestPricedOffersResult byAsin = model("GetLowestPricedOffersForASIN", Map.of("ASIN", listing.asin(), "ItemCondition", "Used"),
                LowestPricedOffersResult.class);
        assertThat(byAsin.asin()).isEqualTo(listing.asin());
        assertThat(byAsin.itemCondition()).isEqualTo("Used");
        assertThat(byAsin.offers()).allSatisfy(offer -> assertThat(offer.myOffer()).isFalse());
    }

    @Test
    void feesEstimatesAnswerEveryRequestAndFailTheUnknownOneAlone() {
        Listing fba = sandbox().listings().inMarketplace(US).stream().filter(l -> "AFN".equals(l.fulfillmentChannel())).findFirst().orElseThrow();
        Map<String, Object> parameters = new LinkedHashMap<>();
        request(parameters, 1, "SellerSKU", fba.sellerSku(), true, "29.99");
        request(parameters, 2, "ASIN", BAD_ASIN, false, "10.00");
        request(parameters, 3, "ASIN", fba.asin(), false, "29.99");
        GetMyFeesEstimateResult result = model("GetMyFeesEstimate", parameters, GetMyFeesEstimateResult.class);

        List<FeesEstimateResult> results = result.feesEstimateResults();
        assertThat(results).extracting(FeesEstimateResult::status)
                .containsExactly(ResultStatus.SUCCESS, ResultStatus.CLIENT_ERROR, ResultStatus.SUCCESS);
        assertThat(results).extracting(r -> r.feesEstimateIdentifier().sellerInputIdentifier()).containsExactly("request-1", "request-2", "request-3");
        FeesEstimateResult withFba = results.get(0);
        assertThat(withFba.feesEstimateIdentifier().isAmazonFulfilled()).isTrue();
        assertThat(withFba.feesEstimateIdentifier().priceToEstimateFees().listingPrice().amount()).isEqualByComparingTo("29.99");
        List<FeeDetail> fees = withFba.feesEstimate().feeDetails();
        assertThat(fees).extracting(FeeDetail::feeType).containsExactly("ReferralFee", "VariableClosingFee", "PerItemFee", "FBAFees");
        assertThat(fees.get(3).includedFees()).extracting(FeeDetail::feeType).containsExactly("FBAPerUnitFulfillmentFee");
        BigDecimal sum = fees.stream().map(fee -> fee.finalFee().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(withFba.feesEstimate().totalFeesEstimate().amount()).isEqualByComparingTo(sum);
        assertThat(withFba.feesEstimate().timeOfFeesEstimation()).isNotNull();
        assertThat(results.get(2).feesEstimate().feeDetails()).hasSize(3);
        assertThat(results.get(2).feesEstimate().totalFeesEstimate().amount()).isEqualByComparingTo(fees.get(0).finalFee().amount());
        assertThat(results.get(1).feesEstimate()).isNull();
        assertThat(results.get(1).error().code()).isEqualTo("InvalidParameterValue");
        assertThat(lastReceived().parameters()).containsEntry("FeesEstimateRequestList.FeesEstimateRequest.3.IdValue", fba.asin());
    }

    private static void request(Map<String, Object> parameters, int n, String idType, String id, boolean fba, String amount) {
        String prefix = "FeesEstimateRequestList.FeesEstimateRequest." + n + ".";
        parameters.put(prefix + "MarketplaceId", US);
        parameters.put(prefix + "IdType", idType);
        parameters.put(prefix + "IdValue", id);
        parameters.put(prefix + "IsAmazonFulfilled", Boolean.toString(fba));
        parameters.put(prefix + "Identifier", "request-" + n);
        parameters.put(prefix + "PriceToEstimateFees.ListingPrice.CurrencyCode", "USD");
        parameters.put(prefix + "PriceToEstimateFees.ListingPrice.Amount", amount);
    }

    @Test
    void productCategoriesAreChainsToTheRoot() {
        Listing listing = listing(6);
        GetProductCategoriesResult bySku = model("GetProductCategoriesForSKU", Map.of("SellerSKU", listing.sellerSku()),
                GetProductCategoriesResult.class);
        GetProductCategoriesResult byAsin = model("GetProductCategoriesForASIN", Map.of("ASIN", listing.asin()),
                GetProductCategoriesResult.class);
        assertThat(bySku).isEqualTo(byAsin);
        assertThat(bySku.categories()).singleElement().satisfies(self -> {
            assertThat(self.path()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(self.path().get(self.path().size() - 1).parent()).isNull();
            assertThat(self.path()).allSatisfy(node -> assertThat(node.productCategoryName()).isNotBlank());
        });
    }

    @Test
    void serviceStatusOfProductsIsAModelToo() {
        GetServiceStatusResult status = template.requestBody("mws:GetServiceStatus?section=Products&resultFormat=MODEL", (Object) null,
                GetServiceStatusResult.class);
        assertThat(status.status()).isEqualTo(GetServiceStatusResult.ServiceStatus.GREEN);
        assertThat(status.timestamp()).isNotNull();
    }

    @Test
    void aBatchAsTypedJsonKeepsEachItemsStatusAndNumbers() {
        Listing listing = listing(7);
        String json = template.requestBodyAndHeader("mws:GetMyPriceForSKU?marketplaceId=" + US + "&resultFormat=JSON", null,
                MwsConstants.PARAMETERS, Map.of("SellerSKUList", List.of(listing.sellerSku(), "NO-SUCH-SKU")), String.class);
        assertThat(json).startsWith("{\"results\":[{\"status\":\"Success\",\"SellerSKU\":\"" + listing.sellerSku() + "\"");
        assertThat(json).contains("\"RegularPrice\":{\"CurrencyCode\":\"USD\",\"Amount\":" + listing.price().toPlainString() + "}");
        assertThat(json).contains("{\"status\":\"ClientError\",\"SellerSKU\":\"NO-SUCH-SKU\",\"Products\":[],\"Error\":{\"Type\":\"Sender\"");
    }

    @Test
    void recordedAnswersWithUnknownElementsAndStatusesBindWithoutLosingValues() {
        String recorded = """
                <?xml version="1.0"?>
                <GetMatchingProductForIdResponse xmlns="http://mws.amazonservices.com/schema/Products/2011-10-01">
                  <GetMatchingProductForIdResult Id="9781933988665" IdType="ISBN" status="PartiallyAvailable">
                    <Products xmlns="http://mws.amazonservices.com/schema/Products/2011-10-01"
                              xmlns:ns2="http://mws.amazonservices.com/schema/Products/2011-10-01/default.xsd">
                      <Product>
                        <Identifiers><MarketplaceASIN><MarketplaceId>ATVPDKIKX0DER</MarketplaceId><ASIN>1933988665</ASIN></MarketplaceASIN></Identifiers>
                        <AttributeSets>
                          <ns2:ItemAttributes xml:lang="en-US">
                            <ns2:Author>First, Author</ns2:Author>
                            <ns2:Author>Second, Author</ns2:Author>
                            <ns2:Binding>Paperback</ns2:Binding>
                            <ns2:Languages><ns2:Language><ns2:Name>english</ns2:Name></ns2:Language></ns2:Languages>
                            <ns2:ListPrice><ns2:Amount>44.99</ns2:Amount><ns2:CurrencyCode>USD</ns2:CurrencyCode></ns2:ListPrice>
                            <ns2:NewAttribute2030>kept out, not an error</ns2:NewAttribute2030>
                            <ns2:Title>A Book</ns2:Title>
                          </ns2:ItemAttributes>
                        </AttributeSets>
                        <Relationships/>
                        <SalesRankings><SalesRank><ProductCategoryId>book_display_on_website</ProductCategoryId><Rank>689405</Rank></SalesRank></SalesRankings>
                      </Product>
                    </Products>
                  </GetMatchingProductForIdResult>
                  <ResponseMetadata><RequestId>a34b6cca-d7dc-4939-b226-b13ea3ac1d88</RequestId></ResponseMetadata>
                </GetMatchingProductForIdResponse>
                """;
        ProductResults results = context.getTypeConverter().convertTo(ProductResults.class, recorded);

        ProductResult result = results.results().get(0);
        assertThat(result.status()).isEqualTo(ResultStatus.UNKNOWN);
        assertThat(result.statusAsString()).isEqualTo("PartiallyAvailable");
        ItemAttributes attributes = result.products().get(0).itemAttributes();
        assertThat(attributes.authors()).containsExactly("First, Author", "Second, Author");
        assertThat(attributes.listPrice().amount()).isEqualByComparingTo("44.99");
        assertThat(attributes.title()).isEqualTo("A Book");
        assertThat(result.products().get(0).salesRankings().get(0).rank()).isEqualTo(689_405L);
    }
}
