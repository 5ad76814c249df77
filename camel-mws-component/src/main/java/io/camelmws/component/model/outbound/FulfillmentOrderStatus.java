package io.camelmws.component.model.outbound;

import io.camelmws.component.model.MwsValue;

/** A fulfilment order's status; {@link FulfillmentOrder#fulfillmentOrderStatusAsString()} keeps the text. */
public enum FulfillmentOrderStatus implements MwsValue {
    RECEIVED("RECEIVED"),
    INVALID("INVALID"),
    PLANNING("PLANNING"),
    PROCESSING("PROCESSING"),
    CANCELLED("CANCELLED"),
    COMPLETE("COMPLETE"),
    COMPLETE_PARTIALLED("COMPLETE_PARTIALLED"),
    UNFULFILLABLE("UNFULFILLABLE"),
    /** A status this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    FulfillmentOrderStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static FulfillmentOrderStatus fromValue(String text) {
        return MwsValue.of(FulfillmentOrderStatus.class, text, UNKNOWN);
    }
}
