package io.camelmws.sandbox.products;

import static io.camelmws.sandbox.products.PricingCalls.US;
import static io.camelmws.sandbox.products.PricingCalls.call;
import static io.camelmws.sandbox.products.PricingCalls.error;
import static io.camelmws.sandbox.products.PricingCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.support.MutableClock;
import io.camelmws.sandbox.support.TestSandboxes;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Products' pricing quotas count items (REFERENCE 2.2: 20 items, 10 restored every second, 36 000 requests an
 * hour for GetMyPriceForSKU), on a wall clock the test moves by hand.
 */
class ProductsItemThrottlingTest {

    @Test
    void twentySkusEmptyTheBucketAndItComesBackTenItemsASecond() {
        MutableClock wall = MutableClock.at("2020-10-12T12:00:00.250Z");
        try (MwsSandbox sandbox = TestSandboxes.withDefaultCredentials()
                .clock(wall).orders(0).build().start()) {
            List<String> skus = sandbox.listings().inMarketplace(US).stream().limit(20).map(Listing::sellerSku)
                    .toList();
            HttpResponse<String> twenty = call(sandbox, "GetMyPriceForSKU", US, skus);
            assertThat(twenty.statusCode()).as(twenty.body()).isEqualTo(200);
            assertThat(twenty.headers().firstValue("x-mws-quota-max")).hasValue("36000.0");
            assertThat(twenty.headers().firstValue("x-mws-quota-remaining")).as("the hour counts requests")
                    .hasValue("35999.0");

            HttpResponse<String> throttled = call(sandbox, "GetMyPriceForSKU", US, skus.subList(0, 1));
            assertThat(text(error(throttled, 503), "Error/Code")).isEqualTo("RequestThrottled");
            // Another operation has its own bucket.
            assertThat(call(sandbox, "GetMyPriceForASIN", US, List.of("B000000000")).statusCode()).isEqualTo(200);

            wall.tick(Duration.ofMillis(100));
            assertThat(call(sandbox, "GetMyPriceForSKU", US, skus.subList(0, 1)).statusCode()).isEqualTo(200);
            assertThat(call(sandbox, "GetMyPriceForSKU", US, skus.subList(0, 1)).statusCode()).isEqualTo(503);

            wall.tick(Duration.ofSeconds(1));
            assertThat(call(sandbox, "GetMyPriceForSKU", US, skus.subList(0, 10)).statusCode()).isEqualTo(200);
            assertThat(call(sandbox, "GetMyPriceForSKU", US, skus.subList(0, 1)).statusCode()).isEqualTo(503);

            wall.tick(Duration.ofSeconds(2));
            for (int i = 0; i < 20; i++) {
                assertThat(call(sandbox, "GetCompetitivePricingForSKU", US, skus.subList(i, i + 1)).statusCode())
                        .as("single-SKU request %d of a full bucket", i + 1).isEqualTo(200);
            }
            assertThat(call(sandbox, "GetCompetitivePricingForSKU", US, skus.subList(0, 1)).statusCode())
                    .isEqualTo(503);
        }
    }
}
