package io.camelmws.component.model.finances;

import io.camelmws.component.model.MwsValue;

/** What a FeeComponent is for; {@link FeeComponent#feeTypeAsString()} keeps the text. */
public enum FeeType implements MwsValue {
    /** The referral fee. */
    COMMISSION("Commission"),
    /** The refund administration fee kept on a refund. */
    REFUND_COMMISSION("RefundCommission"),
    /** Fulfilment by Amazon, per unit. */
    FBA_PER_UNIT_FULFILLMENT_FEE("FBAPerUnitFulfillmentFee"),
    /** Fulfilment by Amazon, per order. */
    FBA_PER_ORDER_FULFILLMENT_FEE("FBAPerOrderFulfillmentFee"),
    /** Fulfilment by Amazon, by weight. */
    FBA_WEIGHT_BASED_FEE("FBAWeightBasedFee"),
    /** The fixed closing fee (media). */
    FIXED_CLOSING_FEE("FixedClosingFee"),
    /** The variable closing fee (media). */
    VARIABLE_CLOSING_FEE("VariableClosingFee"),
    /** Shipping the buyer paid for an Amazon-fulfilled item, kept by Amazon. */
    SHIPPING_CHARGEBACK("ShippingChargeback"),
    /** Gift wrapping of an Amazon-fulfilled item, kept by Amazon. */
    GIFTWRAP_CHARGEBACK("GiftwrapChargeback"),
    /** Shipping holdback. */
    SHIPPING_HB("ShippingHB"),
    /** A value this version of the component does not know; the model keeps the text. */
    UNKNOWN(null);

    private final String value;

    FeeType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static FeeType fromValue(String text) {
        return MwsValue.of(FeeType.class, text, UNKNOWN);
    }
}
