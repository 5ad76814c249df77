package io.camelmws.component.model.orders;

import io.camelmws.component.model.MwsValue;

/** Whether an order is a standard one or a pre-order; {@link Order#orderTypeAsString()} keeps the text. */
public enum OrderType implements MwsValue {
    STANDARD_ORDER("StandardOrder"),
    PREORDER("Preorder"),
    /** A type this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    OrderType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static OrderType fromValue(String text) {
        return MwsValue.of(OrderType.class, text, UNKNOWN);
    }
}
