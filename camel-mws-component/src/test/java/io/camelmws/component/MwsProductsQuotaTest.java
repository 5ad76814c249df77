package io.camelmws.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.model.products.ProductResults;
import io.camelmws.component.model.products.ResultStatus;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.Listing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Products' quotas as MWS metered them, through routes against a sandbox that meters them too: GetMatchingProductForId
 * restores five items a second, so a batch of twenty (one of them unknown, failing on its own) empties its bucket and
 * the next batch waits four simulated seconds instead of drawing a RequestThrottled; GetLowestPricedOffers takes one
 * id and announces its hourly quota of 200 requests, counting down per request.
 */
class MwsProductsQuotaTest extends CamelTestSupport {

    static final String US = "ATVPDKIKX0DER";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(5);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    private Exchange call(String action, Map<String, Object> parameters) {
        Exchange exchange = template.request("mws:" + action + "?marketplaceId=" + US + "&resultFormat=MODEL",
                e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, parameters));
        assertThat(exchange.getException()).isNull();
        return exchange;
    }

    @Test
    void twentyIdsEmptyTheItemBucketSoTheNextBatchWaitsForItsItems() {
        List<String> asins = new ArrayList<>(SANDBOX.sandbox().listings().inMarketplace(US).stream().map(Listing::asin)
                .distinct().limit(19).toList());
        asins.add(7, "B000000000");
        assertThat(asins).hasSize(20);

        // A cold client's first call takes longer than the bucket needs to refill: warm it on another operation.
        call("GetMyPriceForASIN", Map.of("ASINList", List.of(asins.get(0))));
        Exchange first = call("GetMatchingProductForId", Map.of("IdType", "ASIN", "IdList", asins));
        Exchange second = call("GetMatchingProductForId", Map.of("IdType", "ASIN", "IdList", asins));

        ProductResults results = first.getMessage().getBody(ProductResults.class);
        assertThat(results.results()).hasSize(20);
        assertThat(results.results()).filteredOn(r -> r.status() == ResultStatus.CLIENT_ERROR).singleElement()
                .satisfies(bad -> assertThat(bad.id()).isEqualTo("B000000000"));
        assertThat(results.results()).filteredOn(r -> r.status() == ResultStatus.SUCCESS).hasSize(19);
        List<SandboxRequest> requests = ScaledMws.of(SANDBOX.sandbox().requests(), "GetMatchingProductForId");
        assertThat(requests).extracting(SandboxRequest::status).containsExactly(200, 200);
        assertThat(first.getMessage().getHeader(MwsConstants.THROTTLE_WAIT_MILLIS, Long.class)).isZero();
        assertThat(second.getMessage().getHeader(MwsConstants.THROTTLE_WAIT_MILLIS, Long.class)).isPositive();
        // Twenty items at five a second: four seconds of MWS time, less the sandbox's tolerance for early arrival.
        assertThat(ScaledMws.gaps(requests).get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(3_700));
        assertThat(first.getMessage().getHeader(MwsConstants.QUOTA_MAX, Double.class)).isEqualTo(18_000.0);
    }

    @Test
    void lowestPricedOffersAnnounceTheirHourlyQuotaOfTwoHundredRequests() {
        Listing listing = SANDBOX.sandbox().listings().inMarketplace(US).get(0);
        List<Double> remaining = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Exchange exchange = call("GetLowestPricedOffersForSKU", Map.of("SellerSKU", listing.sellerSku(), "ItemCondition", "New"));
            assertThat(exchange.getMessage().getHeader(MwsConstants.QUOTA_MAX, Double.class)).isEqualTo(200.0);
            remaining.add(exchange.getMessage().getHeader(MwsConstants.QUOTA_REMAINING, Double.class));
        }
        assertThat(remaining).containsExactly(199.0, 198.0, 197.0);
    }
}
