package io.camelmws.component.model.orders;

import io.camelmws.component.model.MwsValue;

/** How the buyer paid; {@link Order#paymentMethodAsString()} keeps the text. */
public enum PaymentMethod implements MwsValue {
    /** Cash on delivery. */
    COD("COD"),
    /** Convenience store (JP). */
    CVS("CVS"),
    OTHER("Other"),
    /** A method this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    PaymentMethod(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static PaymentMethod fromValue(String text) {
        return MwsValue.of(PaymentMethod.class, text, UNKNOWN);
    }
}
