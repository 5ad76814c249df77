package io.camelmws.sandbox.products;

import java.math.BigDecimal;

/**
 * One new standard price a processed feed set for a SKU.
 *
 * @param sellerSku    the SKU
 * @param price        the new price
 * @param currencyCode the currency the XML feed named, or {@code null} for flat files (which name none: the
 *                     marketplace's currency is meant)
 */
record PriceChange(String sellerSku, BigDecimal price, String currencyCode) {
}
