package io.camelmws.component.model.merchantfulfillment;

import io.camelmws.component.model.MwsValue;

/** A label shipment's status; {@link Shipment#statusAsString()} keeps the text. */
public enum ShipmentStatus implements MwsValue {
    PURCHASED("Purchased"),
    REFUND_PENDING("RefundPending"),
    REFUND_REJECTED("RefundRejected"),
    REFUND_APPLIED("RefundApplied"),
    /** A status this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    ShipmentStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static ShipmentStatus fromValue(String text) {
        return MwsValue.of(ShipmentStatus.class, text, UNKNOWN);
    }
}
