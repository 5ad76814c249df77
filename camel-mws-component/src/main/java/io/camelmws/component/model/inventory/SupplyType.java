package io.camelmws.component.model.inventory;

import io.camelmws.component.model.MwsValue;

/** Where units of an FBA SKU are; {@link SupplyDetail#supplyTypeAsString()} keeps the text. */
public enum SupplyType implements MwsValue {
    /** In a fulfilment centre, sellable. */
    IN_STOCK("InStock"),
    /** On their way to a fulfilment centre. */
    INBOUND("Inbound"),
    /** Moving between fulfilment centres. */
    TRANSFER("Transfer"),
    /** A value this version of the component does not know; the model keeps the text. */
    UNKNOWN(null);

    private final String value;

    SupplyType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static SupplyType fromValue(String text) {
        return MwsValue.of(SupplyType.class, text, UNKNOWN);
    }
}
