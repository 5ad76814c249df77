package io.camelmws.sandbox.orders;

/**
 * The OrderStatus values the sandbox's orders go through (REFERENCE 10.1); the China-only InvoiceUnconfirmed is
 * not simulated.
 */
public enum OrderStatus {

    PENDING_AVAILABILITY("PendingAvailability"),
    PENDING("Pending"),
    UNSHIPPED("Unshipped"),
    PARTIALLY_SHIPPED("PartiallyShipped"),
    SHIPPED("Shipped"),
    CANCELED("Canceled"),
    UNFULFILLABLE("Unfulfillable");

    private static final OrderStatus[] VALUES = values();

    private final String mwsName;

    OrderStatus(String mwsName) {
        this.mwsName = mwsName;
    }

    /** The value as MWS writes it, e.g. {@code PartiallyShipped}. */
    public String mwsName() {
        return mwsName;
    }

    /** The status with this MWS name, or {@code null}. */
    public static OrderStatus fromMwsName(String name) {
        for (OrderStatus status : VALUES) {
            if (status.mwsName.equals(name)) {
                return status;
            }
        }
        return null;
    }

    static OrderStatus ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
