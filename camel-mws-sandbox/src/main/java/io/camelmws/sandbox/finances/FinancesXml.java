package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.response.XmlWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The Finances 2015-05-01 payload elements, in the official clients' element order (MWSFinancesService models of
 * the 2017-07-26 PHP library): money as {@code CurrencyCode} then {@code CurrencyAmount}, dates as UTC seconds with
 * {@code Z}, every event list of FinancialEvents present (empty ones as empty elements, as recorded answers have
 * them).
 */
final class FinancesXml {

    /** The FinancialEvents lists after ShipmentEventList and RefundEventList, which the sandbox never fills. */
    private static final List<String> OTHER_LISTS = List.of("GuaranteeClaimEventList", "ChargebackEventList",
            "PayWithAmazonEventList", "ServiceProviderCreditEventList", "RetrochargeEventList",
            "RentalTransactionEventList", "PerformanceBondRefundEventList", "ProductAdsPaymentEventList",
            "ServiceFeeEventList", "SellerDealPaymentEventList", "DebtRecoveryEventList", "LoanServicingEventList",
            "AdjustmentEventList", "SAFETReimbursementEventList", "SellerReviewEnrollmentPaymentEventList",
            "FBALiquidationEventList");

    private FinancesXml() {
    }

    static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static void events(XmlWriter xml, List<FinancialEvent> events) {
        xml.start("FinancialEvents");
        eventList(xml, "ShipmentEventList", events.stream().filter(event -> !event.refund()).toList());
        eventList(xml, "RefundEventList", events.stream().filter(FinancialEvent::refund).toList());
        OTHER_LISTS.forEach(list -> xml.element(list, ""));
        xml.end("FinancialEvents");
    }

    private static void eventList(XmlWriter xml, String name, List<FinancialEvent> events) {
        if (events.isEmpty()) {
            xml.element(name, "");
            return;
        }
        xml.start(name);
        for (FinancialEvent event : events) {
            shipmentEvent(xml, event);
        }
        xml.end(name);
    }

    private static void shipmentEvent(XmlWriter xml, FinancialEvent event) {
        String currency = event.currencyCode();
        xml.start("ShipmentEvent")
                .element("AmazonOrderId", event.shipment().amazonOrderId())
                .element("SellerOrderId", event.shipment().sellerOrderId())
                .element("MarketplaceName", event.shipment().salesChannel())
                .element("PostedDate", date(event.postedDate()));
        String list = event.refund() ? "ShipmentItemAdjustmentList" : "ShipmentItemList";
        String adjustment = event.refund() ? "Adjustment" : "";
        xml.start(list);
        for (ItemMoney item : event.items()) {
            xml.start("ShipmentItem")
                    .element("SellerSKU", item.item().sellerSku())
                    .element("OrderItemId", item.item().orderItemId());
            if (event.refund()) {
                // Amazon numbers the refunded line separately from the ordered one.
                xml.element("OrderAdjustmentItemId", adjustmentItemId(item.item().orderItemId()));
            }
            xml.element("QuantityShipped", Integer.toString(item.item().quantityShipped()));
            components(xml, "ItemCharge" + adjustment + "List", "ChargeComponent", "ChargeType", "ChargeAmount",
                    item.charges(), currency);
            components(xml, "ItemFee" + adjustment + "List", "FeeComponent", "FeeType", "FeeAmount", item.fees(),
                    currency);
            if (!item.promotions().isEmpty()) {
                String promotions = event.refund() ? "PromotionAdjustmentList" : "PromotionList";
                xml.start(promotions);
                for (Component promotion : item.promotions()) {
                    xml.start("Promotion").element("PromotionType", promotion.type())
                            .element("PromotionId", promotion.promotionId());
                    money(xml, "PromotionAmount", currency, promotion.amount());
                    xml.end("Promotion");
                }
                xml.end(promotions);
            }
            xml.end("ShipmentItem");
        }
        xml.end(list).end("ShipmentEvent");
    }

    private static void components(XmlWriter xml, String list, String component, String typeElement,
                                   String amountElement, List<Component> components, String currency) {
        xml.start(list);
        for (Component each : components) {
            xml.start(component).element(typeElement, each.type());
            money(xml, amountElement, currency, each.amount());
            xml.end(component);
        }
        xml.end(list);
    }

    static void money(XmlWriter xml, String name, String currency, BigDecimal amount) {
        xml.start(name).element("CurrencyCode", currency).element("CurrencyAmount", amount.toPlainString()).end(name);
    }

    static void group(XmlWriter xml, EventGroup group) {
        xml.start("FinancialEventGroup")
                .element("FinancialEventGroupId", group.id())
                .element("ProcessingStatus", group.open() ? "Open" : "Closed")
                .element("FundTransferStatus", group.open() ? "Unknown" : group.transferred() ? "Successful"
                        : "Processing");
        money(xml, "OriginalTotal", group.currencyCode(), group.originalTotal());
        if (!group.open()) {
            money(xml, "ConvertedTotal", group.currencyCode(), group.originalTotal().add(group.beginningBalance()));
        }
        if (group.transferred()) {
            xml.element("FundTransferDate", date(group.end().plus(EventGroups.TRANSFER_DELAY)))
                    .element("TraceId", traceId(group))
                    .element("AccountTail", accountTail(group));
        }
        money(xml, "BeginningBalance", group.currencyCode(), group.beginningBalance());
        xml.element("FinancialEventGroupStart", date(group.start()));
        if (!group.open()) {
            xml.element("FinancialEventGroupEnd", date(group.end()));
        }
        xml.end("FinancialEventGroup");
    }

    static String adjustmentItemId(String orderItemId) {
        long hash = (orderItemId + "|refund").hashCode() & 0xFFFFFFFFL;
        return Long.toString(10_000_000_000_000L + hash * 1_009L);
    }

    private static String traceId(EventGroup group) {
        return group.id().substring(0, 24).toUpperCase(java.util.Locale.ROOT).replace('-', '0').replace('_', '1');
    }

    /** The last digits of the seller's bank account, one per currency. */
    private static String accountTail(EventGroup group) {
        return String.format(java.util.Locale.ROOT, "%04d", Math.floorMod(group.currencyCode().hashCode(), 10_000));
    }
}
