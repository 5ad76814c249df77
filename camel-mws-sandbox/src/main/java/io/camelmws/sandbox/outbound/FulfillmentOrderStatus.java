package io.camelmws.sandbox.outbound;

/** FulfillmentOrderStatus values of the 2010-10-01 section, named as MWS wrote them. */
enum FulfillmentOrderStatus {
    RECEIVED, INVALID, PLANNING, PROCESSING, CANCELLED, COMPLETE, COMPLETE_PARTIALLED, UNFULFILLABLE;

    /** Whether the order can still be changed or cancelled: Amazon has not started to pick it. */
    boolean beforeProcessing() {
        return this == RECEIVED || this == PLANNING;
    }
}
