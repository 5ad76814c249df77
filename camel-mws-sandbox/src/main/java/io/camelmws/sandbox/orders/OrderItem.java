package io.camelmws.sandbox.orders;

import java.math.BigDecimal;

/**
 * One line of an order, as {@code ListOrderItems} reports it.
 *
 * @param orderItemId     14 digits, unique in the book
 * @param quantityShipped how many of {@code quantityOrdered} have shipped at the instant the order was read
 * @param itemPrice       the line's price: unit price times {@code quantityOrdered}, as MWS's ItemPrice
 * @param currencyCode    ISO 4217; amounts in JPY have no decimals
 */
public record OrderItem(String orderItemId, String asin, String sellerSku, String title, int quantityOrdered,
                        int quantityShipped, BigDecimal itemPrice, String currencyCode) {
}
