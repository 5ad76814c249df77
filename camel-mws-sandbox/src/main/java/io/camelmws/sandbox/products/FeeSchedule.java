package io.camelmws.sandbox.products;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * What Amazon charges a professional seller for selling one unit, as GetMyFeesEstimate breaks it down: a referral fee
 * (a percentage of price plus shipping, less points, with a minimum of 0.30 US dollars), no variable closing fee (the
 * catalog has no media), no per-item fee (professional plan), and for FBA offers the per-unit fulfilment fee of the
 * product's size. The dollar amounts are converted with the rates the sandbox's catalog is priced with.
 */
final class FeeSchedule {

    /** Units of each currency per US dollar, as {@code orders.ListingCatalog} prices listings. */
    private static final Map<String, BigDecimal> PER_DOLLAR = Map.of("USD", BigDecimal.ONE, "CAD",
            new BigDecimal("1.35"), "MXN", new BigDecimal("17.5"), "EUR", new BigDecimal("0.95"), "GBP",
            new BigDecimal("0.82"), "JPY", new BigDecimal("150"));
    private static final BigDecimal MINIMUM_REFERRAL_USD = new BigDecimal("0.30");

    /**
     * One fee of the estimate.
     *
     * @param included the fees it is made of (FBAFees: FBAPerUnitFulfillmentFee)
     */
    record Fee(String type, BigDecimal amount, List<Fee> included) {
    }

    private FeeSchedule() {
    }

    /** The fees of selling {@code kind} at {@code price} plus {@code shipping} less {@code points}, in order. */
    static List<Fee> fees(ProductKind kind, String currencyCode, BigDecimal price, BigDecimal shipping,
                          BigDecimal points, boolean amazonFulfilled) {
        int decimals = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        BigDecimal rate = PER_DOLLAR.getOrDefault(currencyCode, BigDecimal.ONE);
        BigDecimal base = price.add(shipping).subtract(points).max(BigDecimal.ZERO);
        BigDecimal referral = base.multiply(kind.referralPercent()).movePointLeft(2)
                .max(MINIMUM_REFERRAL_USD.multiply(rate)).setScale(decimals, RoundingMode.HALF_UP);
        BigDecimal zero = BigDecimal.ZERO.setScale(decimals);
        List<Fee> fees = new ArrayList<>(List.of(new Fee("ReferralFee", referral, List.of()),
                new Fee("VariableClosingFee", zero, List.of()), new Fee("PerItemFee", zero, List.of())));
        if (amazonFulfilled) {
            BigDecimal perUnit = kind.fbaFeeUsd().multiply(rate).setScale(decimals, RoundingMode.HALF_UP);
            fees.add(new Fee("FBAFees", perUnit, List.of(new Fee("FBAPerUnitFulfillmentFee", perUnit, List.of()))));
        }
        return fees;
    }
}
