package io.camelmws.component.model.orders;

import io.camelmws.component.model.MwsValue;

/** An order's status; {@link Order#orderStatusAsString()} keeps the text, including values not listed here. */
public enum OrderStatus implements MwsValue {
    /** JP pre-orders whose item is not yet available. */
    PENDING_AVAILABILITY("PendingAvailability"),
    PENDING("Pending"),
    UNSHIPPED("Unshipped"),
    PARTIALLY_SHIPPED("PartiallyShipped"),
    SHIPPED("Shipped"),
    /** China: shipped, invoice not yet confirmed. */
    INVOICE_UNCONFIRMED("InvoiceUnconfirmed"),
    CANCELED("Canceled"),
    UNFULFILLABLE("Unfulfillable"),
    /** A status this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    OrderStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static OrderStatus fromValue(String text) {
        return MwsValue.of(OrderStatus.class, text, UNKNOWN);
    }
}
