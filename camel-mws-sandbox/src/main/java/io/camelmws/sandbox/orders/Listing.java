package io.camelmws.sandbox.orders;

import java.math.BigDecimal;
import java.time.Instant;

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
}
