package io.camelmws.component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.orders.Listing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One coherent seller through routes: GetMyPriceForSKU answers the listing's price, a price feed submitted and
 * awaited through the component changes it, and GetMyPriceForSKU then answers the new one.
 */
class MwsProductsPricingTest extends CamelTestSupport {

    static final String US = "ATVPDKIKX0DER";
    static final String PRICE_FEED = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";
    /** The ListingPrice's Amount, its children in any order (the sandbox shuffles them, as MWS did not keep one). */
    static final Pattern LISTING_PRICE = Pattern.compile(
            "<ListingPrice>(?=(?:(?!</ListingPrice>).)*<CurrencyCode>USD</CurrencyCode>)(?:(?!</ListingPrice>).)*<Amount>([0-9.]+)</Amount>",
            Pattern.DOTALL);

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    private BigDecimal myPrice(String sku) {
        Exchange exchange = template.request("mws:GetMyPriceForSKU?marketplaceId=" + US,
                e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("SellerSKUList", List.of(sku))));
        assertThat(exchange.getException()).isNull();
        String answer = exchange.getMessage().getBody(String.class);
        assertThat(answer).contains("<GetMyPriceForSKUResult SellerSKU=\"" + sku + "\" status=\"Success\">");
        Matcher price = LISTING_PRICE.matcher(answer);
        assertThat(price.find()).as(answer).isTrue();
        return new BigDecimal(price.group(1));
    }

    @Test
    void aPriceFeedProcessedThroughTheComponentIsThePriceGetMyPriceForSkuAnswers() {
        Listing listing = SANDBOX.sandbox().listings().inMarketplace(US).get(3);
        assertThat(myPrice(listing.sellerSku())).isEqualTo(listing.price());

        BigDecimal newPrice = listing.price().add(new BigDecimal("2.00"));
        String feed = "sku\tprice\tquantity\n" + listing.sellerSku() + "\t" + newPrice.toPlainString() + "\t9\n";
        Exchange submitted = template.request("mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + US
                + "&await=true&awaitPollInterval=50&failOnFeedErrors=true", e -> e.getMessage().setBody(feed));
        assertThat(submitted.getException()).isNull();
        assertThat(submitted.getMessage().getHeader(MwsConstants.FEED_PROCESSING_STATUS)).isEqualTo("_DONE_");

        assertThat(myPrice(listing.sellerSku())).isEqualTo(newPrice);
    }
}
