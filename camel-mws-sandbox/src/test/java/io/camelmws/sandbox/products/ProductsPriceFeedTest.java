package io.camelmws.sandbox.products;

import static io.camelmws.sandbox.products.PricingCalls.DE;
import static io.camelmws.sandbox.products.PricingCalls.US;
import static io.camelmws.sandbox.products.PricingCalls.call;
import static io.camelmws.sandbox.products.PricingCalls.results;
import static io.camelmws.sandbox.products.PricingCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.support.TestSandboxes;
import io.camelmws.sandbox.support.WebServiceClient;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * One coherent seller: a price feed, once processed on the simulated clock, is the price GetMyPriceForSKU answers
 * and the price the competition is generated around; before that, and for rejected messages, the old price stays.
 */
class ProductsPriceFeedTest {

    private static final String XML_PRICING = "_POST_PRODUCT_PRICING_DATA_";
    private static final String FLAT_PRICING = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";

    @Test
    void aProcessedXmlPriceFeedIsThePriceGetMyPriceAnswers() {
        try (MwsSandbox sandbox = PricingCalls.start(3L)) {
            List<Listing> listings = sandbox.listings().inMarketplace(US);
            Listing repriced = listings.get(0);
            Listing rejected = listings.get(1);
            BigDecimal newPrice = repriced.price().add(new BigDecimal("3.50"));
            byte[] feed = priceEnvelope(repriced.sellerSku(), newPrice.toPlainString(),
                    rejected.sellerSku(), "not-a-price");
            String id = WebServiceClient.feeds(sandbox).submitFeed(feed).param("MarketplaceIdList.Id.1", US)
                    .send(XML_PRICING).assertOk().text("FeedSubmissionId");

            assertThat(myPrice(sandbox, US, repriced)).isEqualTo(repriced.price());
            sandbox.advanceClock(Duration.ofSeconds(60));
            assertThat(status(sandbox, id)).isEqualTo("_IN_PROGRESS_");
            assertThat(myPrice(sandbox, US, repriced)).as("still in progress").isEqualTo(repriced.price());

            sandbox.advanceClock(Duration.ofSeconds(31));
            assertThat(status(sandbox, id)).isEqualTo("_DONE_");
            assertThat(myPrice(sandbox, US, repriced)).isEqualTo(newPrice);
            assertThat(myPrice(sandbox, US, rejected)).as("a rejected message changes nothing")
                    .isEqualTo(rejected.price());
            Listing sameSkuInGermany = sandbox.listings().find(DE, repriced.sellerSku()).orElseThrow();
            assertThat(myPrice(sandbox, DE, sameSkuInGermany)).as("only the feed's marketplace")
                    .isEqualTo(sameSkuInGermany.price());

            Element buyBox = PricingCalls.element(results(call(sandbox, "GetCompetitivePricingForSKU", US,
                    List.of(repriced.sellerSku())), "GetCompetitivePricingForSKU").get(0),
                    "Product/CompetitivePricing/CompetitivePrices/CompetitivePrice");
            assertThat(new BigDecimal(text(buyBox, "Price/ListingPrice/Amount")))
                    .as("competition follows the new price")
                    .isBetween(newPrice.multiply(new BigDecimal("0.87")), newPrice.multiply(new BigDecimal("1.13")));

            sandbox.reset();
            assertThat(sandbox.feeds().all()).isEmpty();
            assertThat(myPrice(sandbox, US, repriced)).as("a reset forgets the feed").isEqualTo(repriced.price());
        }
    }

    @Test
    void aFlatFilePriceAndQuantityFeedChangesThePriceOnAScaledClock() throws InterruptedException {
        try (MwsSandbox sandbox = TestSandboxes.withDefaultCredentials()
                .throttling(false).orders(0).seed(5L).timeScale(600)
                .build().start()) {
            Listing listing = sandbox.listings().inMarketplace(DE).get(2);
            BigDecimal newPrice = listing.price().subtract(new BigDecimal("1.25"));
            String file = "sku\tprice\tquantity\n" + listing.sellerSku() + "\t" + newPrice.toPlainString() + "\t7\n";
            String id = WebServiceClient.feeds(sandbox).submitFeed(file.getBytes(StandardCharsets.ISO_8859_1))
                    .contentType("text/tab-separated-values; charset=iso-8859-1")
                    .param("MarketplaceIdList.Id.1", DE).send(FLAT_PRICING).assertOk().text("FeedSubmissionId");
            // 90 simulated seconds of processing are 150 ms at 600 times real speed.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!"_DONE_".equals(status(sandbox, id)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(status(sandbox, id)).isEqualTo("_DONE_");
            assertThat(myPrice(sandbox, DE, listing)).isEqualTo(newPrice);
        }
    }

    private static BigDecimal myPrice(MwsSandbox sandbox, String marketplaceId, Listing listing) {
        Element result = results(call(sandbox, "GetMyPriceForSKU", marketplaceId, List.of(listing.sellerSku())),
                "GetMyPriceForSKU").get(0);
        assertThat(result.getAttribute("status")).isEqualTo("Success");
        assertThat(text(result, "Product/Offers/Offer/RegularPrice/Amount"))
                .isEqualTo(text(result, "Product/Offers/Offer/BuyingPrice/ListingPrice/Amount"));
        return new BigDecimal(text(result, "Product/Offers/Offer/BuyingPrice/ListingPrice/Amount"));
    }

    private static String status(MwsSandbox sandbox, String feedSubmissionId) {
        return WebServiceClient.feeds(sandbox).call("GetFeedSubmissionList", "FeedSubmissionIdList.Id.1",
                feedSubmissionId).assertOk().text("FeedProcessingStatus");
    }

    private static byte[] priceEnvelope(String... skusAndPrices) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AmazonEnvelope "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation="
                + "\"amzn-envelope.xsd\">\n  <Header><DocumentVersion>1.01</DocumentVersion>"
                + "<MerchantIdentifier>M_SANDBOX</MerchantIdentifier></Header>\n"
                + "  <MessageType>Price</MessageType>\n");
        for (int i = 0; i + 1 < skusAndPrices.length; i += 2) {
            xml.append("  <Message><MessageID>").append(i / 2 + 1).append("</MessageID><Price><SKU>")
                    .append(skusAndPrices[i]).append("</SKU><StandardPrice currency=\"USD\">")
                    .append(skusAndPrices[i + 1]).append("</StandardPrice></Price></Message>\n");
        }
        return xml.append("</AmazonEnvelope>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
