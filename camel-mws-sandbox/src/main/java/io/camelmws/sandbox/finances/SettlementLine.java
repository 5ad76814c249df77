package io.camelmws.sandbox.finances;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One amount of one financial event as a settlement report's transaction row names it: the event's kind
 * ({@code Order} for a shipment, {@code Refund}), its order and line, and the amount's type and description.
 *
 * @param transactionType   {@code Order} or {@code Refund}
 * @param orderId           the AmazonOrderId
 * @param merchantOrderId   the SellerOrderId, as ListFinancialEvents shows it
 * @param adjustmentId      a refund's id; {@code null} for orders
 * @param shipmentId        Amazon's id of the parcel
 * @param marketplaceName   the MarketplaceName ({@code Amazon.de})
 * @param amountType        {@code ItemPrice} (charges), {@code ItemFees} or {@code Promotion}
 * @param amountDescription the charge, fee or promotion it is ({@code Principal}, {@code Shipping}, {@code Commission})
 * @param amount            signed from the seller's side, as ListFinancialEvents shows it
 * @param fulfillmentId     {@code AFN} or {@code MFN}
 * @param postedDate        the event's PostedDate
 * @param orderItemCode     the OrderItemId
 * @param sku               the SellerSKU
 * @param quantityPurchased the line's units, on its Principal row of an order; {@code null} elsewhere
 * @param promotionId       the promotion's id on Promotion rows; {@code null} elsewhere
 */
public record SettlementLine(String transactionType, String orderId, String merchantOrderId, String adjustmentId,
                             String shipmentId, String marketplaceName, String amountType, String amountDescription,
                             BigDecimal amount, String fulfillmentId, Instant postedDate, String orderItemCode,
                             String sku, Integer quantityPurchased, String promotionId) {
}
