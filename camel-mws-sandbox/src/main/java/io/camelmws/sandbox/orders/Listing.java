package io.camelmws.sandbox.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * One offer of the seller in one marketplace. The same SKU and ASIN are offered in several marketplaces, each with
 * its own price and currency.
 *
 * @param price              unit price in {@code currencyCode}
 * @param quantity           units available
 * @param fulfillmentChannel {@code AFN} (fulfilled by Amazon) or {@code MFN} (by the seller)
 * @param openDate           when the offer was created, before the order book's start
 */
public record Listing(String sellerSku, String asin, String title, BigDecimal price, String currencyCode,
                      int quantity, String fulfillmentChannel, String marketplaceId, Instant openDate) {

    /** Whether Amazon fulfils it (FBA): its stock is Amazon's to count. */
    public boolean amazonFulfilled() {
        return "AFN".equals(fulfillmentChannel);
    }

    /**
     * The FNSKU Amazon labels the seller's units with ({@code X00...}), stable per SKU and ASIN: the same in the FBA
     * inventory reports and in ListInventorySupply.
     */
    public String fnsku() {
        long hash = (sellerSku + "|" + asin).hashCode() & 0xFFFFFFFFL;
        String digits = Long.toString(hash, 36).toUpperCase(Locale.ROOT);
        return "X00" + ("0000000" + digits).substring(digits.length());
    }
}
