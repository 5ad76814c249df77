package io.camelmws.sandbox.finances;

import java.math.BigDecimal;

/**
 * One amount of an event: a ChargeComponent (ChargeType), a FeeComponent (FeeType) or a Promotion (PromotionType
 * with its PromotionId), as signed money from the seller's point of view: what the buyer pays is positive, what
 * Amazon keeps is negative.
 *
 * @param type        e.g. Principal, ShippingCharge, Commission, FBAPerUnitFulfillmentFee
 * @param promotionId the promotion's id; {@code null} for charges and fees
 */
record Component(String type, BigDecimal amount, String promotionId) {

    static Component of(String type, BigDecimal amount) {
        return new Component(type, amount, null);
    }

    Component negated() {
        return new Component(type, amount.negate(), promotionId);
    }
}
