package io.camelmws.component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.camelmws.component.model.finances.ChargeType;
import io.camelmws.component.model.finances.FeeType;
import io.camelmws.component.model.finances.FinancialEventGroup;
import io.camelmws.component.model.finances.FundTransferStatus;
import io.camelmws.component.model.finances.ListFinancialEventGroupsResult;
import io.camelmws.component.model.finances.ListFinancialEventsResult;
import io.camelmws.component.model.finances.ProcessingStatus;
import io.camelmws.component.model.finances.ShipmentEvent;
import io.camelmws.component.model.finances.ShipmentItem;
import io.camelmws.component.model.inventory.InventorySupply;
import io.camelmws.component.model.inventory.ItemCondition;
import io.camelmws.component.model.inventory.ListInventorySupplyResult;
import io.camelmws.component.model.inventory.SupplyType;
import io.camelmws.component.model.inventory.TimepointType;
import io.camelmws.component.model.orders.GetOrderResult;
import io.camelmws.component.model.orders.ListOrderItemsResult;
import io.camelmws.component.model.orders.OrderItem;
import io.camelmws.component.model.orders.OrderStatus;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.Shipment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One coherent seller through routes, for FBA inventory and money: an Amazon-fulfilled order ships and
 * ListInventorySupply then shows its units gone; an order ships and ListFinancialEvents then returns its
 * ShipmentEvent with the order's item prices as principal and its fees. Every answer is read as its typed model.
 * The sandbox's wall clock stands still and its simulated time only moves when the test advances it, so what
 * ships when is exact.
 */
class MwsSellerMoneyTest extends CamelTestSupport {

    static final String US = "ATVPDKIKX0DER";

    private static MwsSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = ScaledMws.stillClockSandbox().seed(4242).inventorySupplyPageSize(4).build().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.unthrottledComponent(sandbox));
        return context;
    }

    private InventorySupply supply(String sku, String responseGroup) {
        ListInventorySupplyResult result = template.requestBodyAndHeader(
                "mws:ListInventorySupply?resultFormat=MODEL&marketplaceId=" + US, null, MwsConstants.PARAMETERS,
                Map.of("SellerSkus", List.of(sku), "ResponseGroup", responseGroup), ListInventorySupplyResult.class);
        assertThat(result.marketplaceId()).isEqualTo(US);
        assertThat(result.inventorySupplies()).hasSize(1);
        return result.inventorySupplies().get(0);
    }

    /** The first parcel of a US order shipping after now, fulfilled by Amazon or not. */
    private static Shipment nextParcel(boolean amazonFulfilled) {
        Instant now = sandbox.clock().instant();
        return sandbox.orders().shipmentsBetween(now, now.plus(Duration.ofDays(5))).stream()
                .filter(s -> s.amazonFulfilled() == amazonFulfilled && US.equals(s.marketplaceId()))
                .findFirst().orElseThrow();
    }

    private static void advanceTo(Instant instant) {
        sandbox.advanceClock(Duration.between(sandbox.clock().instant(), instant));
    }

    @Test
    void anFbaOrderShippedLeavesLessSupplyOfItsSku() {
        Shipment parcel = nextParcel(true);
        String sku = parcel.items().get(0).sellerSku();
        Instant before = sandbox.clock().instant();
        InventorySupply supplyBefore = supply(sku, "Detailed");
        assertThat(supplyBefore.condition()).isEqualTo(ItemCondition.NEW_ITEM);
        assertThat(supplyBefore.fnsku()).startsWith("X00");

        advanceTo(parcel.shippedAt().plusSeconds(1));
        GetOrderResult order = template.requestBodyAndHeader("mws:GetOrder?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, Map.of("AmazonOrderId", List.of(parcel.amazonOrderId())), GetOrderResult.class);
        assertThat(order.orders().get(0).orderStatus()).isIn(OrderStatus.SHIPPED, OrderStatus.PARTIALLY_SHIPPED);

        int shipped = sandbox.orders().shipmentsBetween(before, sandbox.clock().instant().plusSeconds(1)).stream()
                .filter(s -> s.amazonFulfilled() && US.equals(s.marketplaceId()))
                .flatMap(s -> s.items().stream()).filter(item -> item.sellerSku().equals(sku))
                .mapToInt(io.camelmws.sandbox.orders.OrderItem::quantityShipped).sum();
        assertThat(shipped).isGreaterThanOrEqualTo(parcel.items().get(0).quantityShipped());
        InventorySupply supplyAfter = supply(sku, "Detailed");
        boolean inboundArrived = supplyBefore.supplyDetail().stream()
                .anyMatch(d -> d.supplyType() == SupplyType.INBOUND
                        && !d.earliestAvailableToPick().dateTime().isAfter(sandbox.clock().instant()));
        int available = inboundArrived ? supplyBefore.totalSupplyQuantity() : supplyBefore.inStockSupplyQuantity();
        assertThat(available).as("stock enough for the parcels shipped meanwhile").isGreaterThanOrEqualTo(shipped);
        assertThat(supplyAfter.inStockSupplyQuantity()).isEqualTo(available - shipped);
        if (supplyAfter.inStockSupplyQuantity() > 0) {
            assertThat(supplyAfter.earliestAvailability().timepointType()).isEqualTo(TimepointType.IMMEDIATELY);
            assertThat(supplyAfter.supplyDetail()).extracting(d -> d.supplyType()).contains(SupplyType.IN_STOCK);
        }
    }

    @Test
    void aShippedOrderPostsItsItemPricesAsPrincipalAndItsFees() {
        Shipment parcel = nextParcel(true);
        advanceTo(parcel.shippedAt().plus(Duration.ofMinutes(3)));

        ListOrderItemsResult items = template.requestBodyAndHeader("mws:ListOrderItems?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, Map.of("AmazonOrderId", parcel.amazonOrderId()), ListOrderItemsResult.class);
        ListFinancialEventsResult events = template.requestBodyAndHeader("mws:ListFinancialEvents?resultFormat=MODEL",
                null, MwsConstants.PARAMETERS, Map.of("PostedAfter", parcel.shippedAt().toString()),
                ListFinancialEventsResult.class);

        ShipmentEvent event = events.financialEvents().shipmentEvents().stream()
                .filter(e -> e.amazonOrderId().equals(parcel.amazonOrderId())).findFirst().orElseThrow();
        // Finances posts in whole seconds, as its published samples do: the first whole second after the parcel shipped.
        assertThat(event.postedDate()).isBetween(parcel.shippedAt(), parcel.shippedAt().plusSeconds(1));
        assertThat(event.postedDate().getNano()).isZero();
        assertThat(event.marketplaceName()).isEqualTo("Amazon.com");
        assertThat(event.shipmentItems()).isNotEmpty();
        for (ShipmentItem item : event.shipmentItems()) {
            OrderItem ordered = items.orderItems().stream()
                    .filter(o -> o.orderItemId().equals(item.orderItemId())).findFirst().orElseThrow();
            assertThat(item.sellerSku()).isEqualTo(ordered.sellerSku());
            assertThat(item.quantityShipped()).isEqualTo(ordered.quantityOrdered());
            assertThat(item.charged(ChargeType.PRINCIPAL)).isEqualTo(ordered.itemPrice().amount());
            assertThat(item.itemCharges().get(0).chargeAmount().currencyCode()).isEqualTo("USD");
            assertThat(item.fee(FeeType.COMMISSION).signum()).isNegative();
            assertThat(item.fee(FeeType.FBA_PER_UNIT_FULFILLMENT_FEE).signum()).isNegative();
        }

        ListFinancialEventsResult byOrder = template.requestBodyAndHeader("mws:ListFinancialEvents?resultFormat=MODEL",
                null, MwsConstants.PARAMETERS, Map.of("AmazonOrderId", parcel.amazonOrderId()),
                ListFinancialEventsResult.class);
        assertThat(byOrder.financialEvents().shipmentEvents()).extracting(ShipmentEvent::amazonOrderId)
                .containsOnly(parcel.amazonOrderId());
    }

    @Test
    void aMerchantShippedOrderChargesShippingThatItsPromotionCancels() {
        Shipment parcel = nextParcel(false);
        advanceTo(parcel.shippedAt().plus(Duration.ofMinutes(3)));
        String json = template.requestBodyAndHeader("mws:ListFinancialEvents?resultFormat=JSON", null,
                MwsConstants.PARAMETERS, Map.of("AmazonOrderId", parcel.amazonOrderId()), String.class);
        assertThat(json).contains("\"ChargeType\":\"ShippingCharge\",\"ChargeAmount\":{\"CurrencyCode\":\"USD\",\"Amount\":4.99}")
                .contains("\"PromotionAmount\":{\"CurrencyCode\":\"USD\",\"Amount\":-4.99}");
    }

    @Test
    void financialEventPagesFollowNextTokenAndAddUpToOnePage() {
        Instant now = sandbox.clock().instant();
        Map<String, Object> window = Map.of("PostedAfter", now.minus(Duration.ofDays(3)).toString(),
                "PostedBefore", now.minus(Duration.ofDays(3)).plus(Duration.ofHours(3)).toString());
        ListFinancialEventsResult whole = template.requestBodyAndHeader("mws:ListFinancialEvents?resultFormat=MODEL",
                null, MwsConstants.PARAMETERS, window, ListFinancialEventsResult.class);
        assertThat(whole.nextToken()).isNull();
        List<String> expected = new ArrayList<>();
        whole.financialEvents().shipmentEvents().forEach(e -> expected.add(e.amazonOrderId() + e.postedDate()));
        assertThat(expected).hasSizeGreaterThan(10);

        Map<String, Object> paged = new java.util.HashMap<>(window);
        paged.put("MaxResultsPerPage", 10);
        @SuppressWarnings("unchecked")
        Iterator<Message> pages = template.requestBodyAndHeader(
                "mws:ListFinancialEvents?autoPaginate=true&resultFormat=MODEL", null, MwsConstants.PARAMETERS, paged,
                Iterator.class);
        List<String> seen = new ArrayList<>();
        int count = 0;
        while (pages.hasNext()) {
            ListFinancialEventsResult page = pages.next().getBody(ListFinancialEventsResult.class);
            page.financialEvents().shipmentEvents().forEach(e -> seen.add(e.amazonOrderId() + e.postedDate()));
            count++;
        }
        assertThat(count).isGreaterThan(1);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(sandbox.requests().stream().filter(r -> "ListFinancialEventsByNextToken".equals(r.action())))
                .hasSize(count - 1);
    }

    @Test
    void inventorySupplyPagesOfSkusChangedSinceAStartFollowNextToken() {
        Instant since = sandbox.clock().instant().minus(Duration.ofDays(10));
        @SuppressWarnings("unchecked")
        Iterator<Message> pages = template.requestBodyAndHeader(
                "mws:ListInventorySupply?autoPaginate=true&resultFormat=MODEL&marketplaceId=" + US, null,
                MwsConstants.PARAMETERS, Map.of("QueryStartDateTime", since.toString()), Iterator.class);
        List<String> skus = new ArrayList<>();
        int count = 0;
        while (pages.hasNext()) {
            pages.next().getBody(ListInventorySupplyResult.class).inventorySupplies()
                    .forEach(s -> skus.add(s.sellerSku()));
            count++;
        }
        assertThat(count).isGreaterThan(1);
        assertThat(skus).isSorted().doesNotHaveDuplicates();
        List<String> fba = sandbox.listings().inMarketplace(US).stream().filter(Listing::amazonFulfilled)
                .map(Listing::sellerSku).toList();
        assertThat(fba).containsAll(skus);
    }

    @Test
    void eventGroupsAreTypedWithTheirStatusesAndMoney() {
        ListFinancialEventGroupsResult groups = template.requestBodyAndHeader(
                "mws:ListFinancialEventGroups?resultFormat=MODEL", null, MwsConstants.PARAMETERS,
                Map.of("FinancialEventGroupStartedAfter", sandbox.clock().instant().minus(Duration.ofDays(40)).toString()),
                ListFinancialEventGroupsResult.class);
        assertThat(groups.financialEventGroups()).isNotEmpty();
        FinancialEventGroup open = groups.financialEventGroups().stream()
                .filter(g -> g.processingStatus() == ProcessingStatus.OPEN).findFirst().orElseThrow();
        assertThat(open.fundTransferStatus()).isEqualTo(FundTransferStatus.NOT_YET_KNOWN);
        assertThat(open.financialEventGroupEnd()).isNull();
        FinancialEventGroup closed = groups.financialEventGroups().stream()
                .filter(g -> g.processingStatus() == ProcessingStatus.CLOSED).findFirst().orElseThrow();
        assertThat(closed.fundTransferStatus()).isEqualTo(FundTransferStatus.SUCCESSFUL);
        assertThat(closed.fundTransferDate()).isAfter(closed.financialEventGroupEnd());
        assertThat(closed.originalTotal().amount()).isInstanceOf(BigDecimal.class);
        assertThat(closed.beginningBalance().currencyCode()).isEqualTo(closed.originalTotal().currencyCode());
    }
}
