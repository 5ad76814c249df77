package io.camelmws.component.model.orders;

import io.camelmws.component.model.MwsValue;

/** Who fulfils an order; {@link Order#fulfillmentChannelAsString()} keeps the text. */
public enum FulfillmentChannel implements MwsValue {
    /** Fulfilled by Amazon. */
    AFN("AFN"),
    /** Fulfilled by the seller. */
    MFN("MFN"),
    /** A channel this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    FulfillmentChannel(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static FulfillmentChannel fromValue(String text) {
        return MwsValue.of(FulfillmentChannel.class, text, UNKNOWN);
    }
}
