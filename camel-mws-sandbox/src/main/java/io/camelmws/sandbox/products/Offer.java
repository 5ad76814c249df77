package io.camelmws.sandbox.products;

import java.math.BigDecimal;

/**
 * One offer for a product in one marketplace, the seller's or a competitor's.
 *
 * @param condition      New or Used
 * @param subcondition   New, Mint, Very Good, Good or Acceptable
 * @param amazon         fulfilled by Amazon (else by the merchant)
 * @param listingPrice   the item price
 * @param shipping       the shipping charge (0 when fulfilled by Amazon)
 * @param feedbackRating the seller's positive feedback band, as MWS wrote it ({@code 95-97%})
 * @param feedbackCount  the seller's number of feedback ratings
 * @param shippingTime   the maximum shipping time band ({@code 0-2 days})
 * @param mine           whether the offer is the requesting seller's
 */
record Offer(String condition, String subcondition, boolean amazon, BigDecimal listingPrice, BigDecimal shipping,
             String feedbackRating, long feedbackCount, String shippingTime, boolean mine) {

    BigDecimal landedPrice() {
        return listingPrice.add(shipping);
    }
}
