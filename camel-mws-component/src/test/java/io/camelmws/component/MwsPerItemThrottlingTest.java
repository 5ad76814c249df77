package io.camelmws.component;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.Listing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Products' list operations cost one quota token per id, as MWS metered them (the catalog's perItem): two calls of 20
 * SellerSKUs each empty GetMyPriceForSKU's bucket of 20 twice, so the second waits for it to refill instead of
 * drawing a RequestThrottled from the sandbox, which meters items too.
 */
class MwsPerItemThrottlingTest extends CamelTestSupport {

    static final String US = "ATVPDKIKX0DER";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(1);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    @Test
    void twentySkusCostTwentyTokensSoTheNextTwentyWaitInsteadOfBeingThrottled() {
        List<String> skus = SANDBOX.sandbox().listings().inMarketplace(US).stream().map(Listing::sellerSku).limit(20).toList();
        assertThat(skus).hasSize(20);

        Exchange first = template.request("mws:GetMyPriceForSKU?marketplaceId=" + US, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                Map.of("SellerSKUList", skus)));
        Exchange second = template.request("mws:GetMyPriceForSKU?marketplaceId=" + US, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                Map.of("SellerSKUList", skus)));

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        assertThat(SANDBOX.sandbox().requests()).extracting(SandboxRequest::status).containsExactly(200, 200);
        assertThat(first.getMessage().getHeader(MwsConstants.THROTTLE_WAIT_MILLIS, Long.class)).isZero();
        assertThat(second.getMessage().getHeader(MwsConstants.THROTTLE_WAIT_MILLIS, Long.class)).as("waited for 20 items to come back").isPositive();
        assertThat(second.getMessage().getHeader(MwsConstants.ATTEMPTS, Integer.class)).isEqualTo(1);
    }
}
