package io.camelmws.component.model.finances;

import io.camelmws.component.model.MwsValue;

/** What a ChargeComponent charged the buyer for; {@link ChargeComponent#chargeTypeAsString()} keeps the text. */
public enum ChargeType implements MwsValue {
    /** The item price. */
    PRINCIPAL("Principal"),
    /** Tax on the item price. */
    TAX("Tax"),
    /** Gift wrapping. */
    GIFT_WRAP("GiftWrap"),
    /** Tax on gift wrapping. */
    GIFT_WRAP_TAX("GiftWrapTax"),
    /** Shipping. */
    SHIPPING_CHARGE("ShippingCharge"),
    /** Tax on shipping. */
    SHIPPING_TAX("ShippingTax"),
    /** Tax Amazon collected and remitted on the item price. */
    MARKETPLACE_FACILITATOR_TAX_PRINCIPAL("MarketplaceFacilitatorTax-Principal"),
    /** Tax Amazon collected and remitted on shipping. */
    MARKETPLACE_FACILITATOR_TAX_SHIPPING("MarketplaceFacilitatorTax-Shipping"),
    /** A restocking fee charged to the buyer on a return. */
    RESTOCKING_FEE("RestockingFee"),
    /** A goodwill amount granted to the buyer. */
    GOODWILL("Goodwill"),
    /** An export charge. */
    EXPORT_CHARGE("ExportCharge"),
    /** A value this version of the component does not know; the model keeps the text. */
    UNKNOWN(null);

    private final String value;

    ChargeType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static ChargeType fromValue(String text) {
        return MwsValue.of(ChargeType.class, text, UNKNOWN);
    }
}
