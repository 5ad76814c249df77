package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.orders.Shipment;
import io.camelmws.sandbox.products.ProductsOperations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a shipped line earns and costs the seller. The buyer paid the line's ItemPrice (Principal: the sandbox's
 * prices include tax, so Tax is 0) and, for a merchant-fulfilled order, the seller's shipping charge, which the
 * marketplace's free-shipping promotion cancels (the order's total stays its items' prices, as ListOrders says).
 * Amazon keeps a referral fee (Commission: 15 %, 8 % for electronics, at least 0.30 USD a unit) and, for
 * Amazon-fulfilled lines, the FBA fee per unit (by the product's size). A refund returns Principal and shipping and
 * the Commission, less a refund administration fee (RefundCommission: 20 % of the Commission, at most 5.00 USD).
 * Amounts in other currencies are the USD figures converted at the catalog's rates, rounded to the currency.
 */
final class SellerFees {

    private static final Map<String, BigDecimal> PER_DOLLAR = Map.of("USD", new BigDecimal("1"),
            "CAD", new BigDecimal("1.35"), "MXN", new BigDecimal("17.5"), "EUR", new BigDecimal("0.95"),
            "GBP", new BigDecimal("0.82"), "JPY", new BigDecimal("150"));
    private static final Set<String> ELECTRONICS = Set.of("BUDS", "LAMP");
    private static final Set<String> SMALL = Set.of("TOTE", "MUG", "BEANIE", "NOTE", "BUDS");
    private static final BigDecimal REFERRAL = new BigDecimal("0.15");
    private static final BigDecimal ELECTRONICS_REFERRAL = new BigDecimal("0.08");
    private static final BigDecimal MINIMUM_REFERRAL_USD = new BigDecimal("0.30");
    private static final BigDecimal FBA_SMALL_USD = new BigDecimal("3.22");
    private static final BigDecimal FBA_STANDARD_USD = new BigDecimal("4.75");
    private static final BigDecimal REFUND_ADMIN_SHARE = new BigDecimal("0.20");
    private static final BigDecimal REFUND_ADMIN_MAX_USD = new BigDecimal("5.00");

    private SellerFees() {
    }

    /** The money of {@code item} when {@code shipment} posts. */
    static ItemMoney shipped(Shipment shipment, OrderItem item, String countryCode) {
        String currency = item.currencyCode();
        BigDecimal zero = scaled(BigDecimal.ZERO, currency);
        BigDecimal shipping = shipment.amazonFulfilled() ? zero : ProductsOperations.merchantShipping(currency);
        List<Component> charges = List.of(Component.of("Principal", item.itemPrice()), Component.of("Tax", zero),
                Component.of("GiftWrap", zero), Component.of("GiftWrapTax", zero),
                Component.of("ShippingCharge", shipping), Component.of("ShippingTax", zero));
        List<Component> fees = new ArrayList<>();
        if (shipment.amazonFulfilled()) {
            BigDecimal perUnit = usd(SMALL.contains(kind(item)) ? FBA_SMALL_USD : FBA_STANDARD_USD, currency);
            fees.add(Component.of("FBAPerUnitFulfillmentFee",
                    perUnit.multiply(BigDecimal.valueOf(item.quantityShipped())).negate()));
        }
        fees.add(Component.of("Commission", commission(item).negate()));
        fees.add(Component.of("FixedClosingFee", zero));
        fees.add(Component.of("VariableClosingFee", zero));
        List<Component> promotions = shipping.signum() == 0 ? List.of()
                : List.of(new Component("PromotionMetaDataDefinitionValue", shipping.negate(),
                        countryCode + " Core Free Shipping"));
        return new ItemMoney(item, charges, fees, promotions);
    }

    /** The adjustments of refunding {@code shipped} whole. */
    static ItemMoney refunded(ItemMoney shipped) {
        String currency = shipped.item().currencyCode();
        List<Component> charges = new ArrayList<>();
        for (Component charge : shipped.charges()) {
            if (charge.amount().signum() != 0 || "Principal".equals(charge.type())) {
                charges.add(charge.negated());
            }
        }
        BigDecimal commission = commission(shipped.item());
        BigDecimal admin = scaled(commission.multiply(REFUND_ADMIN_SHARE), currency)
                .min(usd(REFUND_ADMIN_MAX_USD, currency));
        List<Component> fees = List.of(Component.of("Commission", commission),
                Component.of("RefundCommission", admin.negate()));
        List<Component> promotions = shipped.promotions().stream().map(Component::negated).toList();
        return new ItemMoney(shipped.item(), charges, fees, promotions);
    }

    private static BigDecimal commission(OrderItem item) {
        String currency = item.currencyCode();
        BigDecimal rate = ELECTRONICS.contains(kind(item)) ? ELECTRONICS_REFERRAL : REFERRAL;
        BigDecimal minimum = usd(MINIMUM_REFERRAL_USD, currency).multiply(BigDecimal.valueOf(item.quantityShipped()));
        return scaled(item.itemPrice().multiply(rate), currency).max(minimum);
    }

    /** The product kind, the SKU's middle part ({@code CM-MUG-BLK}). */
    private static String kind(OrderItem item) {
        String[] parts = item.sellerSku().split("-");
        return parts.length > 1 ? parts[1] : "";
    }

    private static BigDecimal usd(BigDecimal dollars, String currency) {
        return scaled(dollars.multiply(PER_DOLLAR.getOrDefault(currency, BigDecimal.ONE)), currency);
    }

    static BigDecimal scaled(BigDecimal amount, String currency) {
        return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }
}
