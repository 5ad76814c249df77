package io.camelmws.sandbox.finances;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spells financial events as settlement report rows: one row for every ChargeComponent, FeeComponent and Promotion
 * ListFinancialEvents shows, zero amounts included, so that the report and the API reconcile line by line. Charges
 * are {@code ItemPrice} rows, fees {@code ItemFees}, promotions {@code Promotion}; the descriptions are the
 * settlement report's names for the API's types (ShippingCharge is {@code Shipping}; every sandbox promotion is a
 * free-shipping one, described {@code Shipping}), as Amazon's settlement report help pages list them.
 */
final class SettlementLines {

    private static final Map<String, String> CHARGE_DESCRIPTIONS = Map.of("ShippingCharge", "Shipping");

    private SettlementLines() {
    }

    static List<SettlementLine> of(List<FinancialEvent> events) {
        List<SettlementLine> lines = new ArrayList<>();
        for (FinancialEvent event : events) {
            for (ItemMoney item : event.items()) {
                for (Component charge : item.charges()) {
                    boolean principal = "Principal".equals(charge.type()) && !event.refund();
                    lines.add(line(event, item, "ItemPrice",
                            CHARGE_DESCRIPTIONS.getOrDefault(charge.type(), charge.type()), charge,
                            principal ? item.item().quantityShipped() : null));
                }
                for (Component fee : item.fees()) {
                    lines.add(line(event, item, "ItemFees", fee.type(), fee, null));
                }
                for (Component promotion : item.promotions()) {
                    lines.add(line(event, item, "Promotion", "Shipping", promotion, null));
                }
            }
        }
        return lines;
    }

    private static SettlementLine line(FinancialEvent event, ItemMoney item, String amountType, String description,
                                       Component component, Integer quantity) {
        var shipment = event.shipment();
        return new SettlementLine(event.refund() ? "Refund" : "Order", shipment.amazonOrderId(),
                shipment.sellerOrderId(), event.refund() ? FinancesXml.adjustmentItemId(item.item().orderItemId())
                        : null, shipmentId(event), shipment.salesChannel(), amountType, description,
                component.amount(), shipment.fulfillmentChannel(), event.postedDate(), item.item().orderItemId(),
                item.item().sellerSku(), quantity, component.promotionId());
    }

    /** Amazon's parcel ids look like {@code DqPXz1lYN}: a letter and eight alphanumerics, stable per parcel. */
    private static String shipmentId(FinancialEvent event) {
        long hash = (event.shipment().amazonOrderId() + "|" + event.shipment().parcel()).hashCode() & 0xFFFFFFFFL;
        String digits = Long.toString(hash * 1_000_003L, 36).toUpperCase(Locale.ROOT);
        return "D" + (digits + "00000000").substring(0, 8);
    }
}
