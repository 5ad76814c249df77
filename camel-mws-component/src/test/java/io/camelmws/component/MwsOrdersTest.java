package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import io.camelmws.sandbox.orders.Order;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders and Sellers through routes: new orders seen by LastUpdatedAfter polling, GetOrder, items, participations. */
class MwsOrdersTest extends MwsTestSupport {

    @Test
    void pollingWithLastUpdatedAfterSeesNewAndChangedOrders() {
        Instant since = sandbox().clock().instant().minus(Duration.ofMinutes(5));
        sandbox().advanceClock(Duration.ofHours(6));

        String answer = template.requestBodyAndHeader("mws:ListOrders?marketplaceId=ATVPDKIKX0DER,A1PA6795UKMFR9,A1VC38T7YXB528",
                null, MwsConstants.PARAMETERS, Map.of("LastUpdatedAfter", since), String.class);

        List<Order> changed = sandbox().orders().ordersUpdatedBetween(since, sandbox().clock().instant().minus(Duration.ofMinutes(2)),
                sandbox().clock().instant()).stream()
                .filter(order -> List.of("ATVPDKIKX0DER", "A1PA6795UKMFR9", "A1VC38T7YXB528").contains(order.marketplaceId())).toList();
        assertThat(changed).isNotEmpty();
        assertThat(answer).contains("<AmazonOrderId>" + changed.get(0).amazonOrderId() + "</AmazonOrderId>").contains("<LastUpdatedBefore>");
    }

    @Test
    void getOrderAndItsItemsWithNonAsciiBuyersIntact() {
        Order order = sandbox().orders().ordersAt(sandbox().clock().instant()).stream()
                .filter(o -> o.buyerName() != null && !o.buyerName().chars().allMatch(c -> c < 128) && !o.orderStatus().equals("Pending"))
                .findFirst().orElseThrow();

        String got = template.requestBodyAndHeader("mws:GetOrder", null, MwsConstants.PARAMETERS,
                Map.of("AmazonOrderId", List.of(order.amazonOrderId())), String.class);
        assertThat(got).contains("<AmazonOrderId>" + order.amazonOrderId()).contains("<BuyerName>" + order.buyerName() + "</BuyerName>");
        assertThat(lastReceived().parameters()).containsEntry("AmazonOrderId.Id.1", order.amazonOrderId());

        String items = template.requestBody("mws:ListOrderItems?param.AmazonOrderId=" + order.amazonOrderId(), (Object) null, String.class);
        assertThat(items).contains("<OrderItemId>" + order.items().get(0).orderItemId());
    }

    @Test
    void marketplaceParticipationsPageThroughTheirOwnNextToken() {
        @SuppressWarnings("unchecked")
        Iterator<Message> pages = template.requestBody("mws:ListMarketplaceParticipations?autoPaginate=true", (Object) null, Iterator.class);
        StringBuilder all = new StringBuilder();
        pages.forEachRemaining(page -> all.append(page.getBody(String.class)));

        assertThat(all.toString()).contains("<MarketplaceId>ATVPDKIKX0DER</MarketplaceId>").contains("<MarketplaceId>A1VC38T7YXB528</MarketplaceId>");
        assertThat(received()).allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
    }
}
