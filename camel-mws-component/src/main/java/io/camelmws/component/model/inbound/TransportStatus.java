package io.camelmws.component.model.inbound;

import io.camelmws.component.model.MwsValue;

/** Where a transport request stands; {@link TransportResult#transportStatusAsString()} keeps the text. */
public enum TransportStatus implements MwsValue {
    WORKING("WORKING"),
    ESTIMATING("ESTIMATING"),
    ESTIMATED("ESTIMATED"),
    ERROR_ON_ESTIMATING("ERROR_ON_ESTIMATING"),
    CONFIRMING("CONFIRMING"),
    CONFIRMED("CONFIRMED"),
    ERROR_ON_CONFIRMING("ERROR_ON_CONFIRMING"),
    VOIDING("VOIDING"),
    VOIDED("VOIDED"),
    ERROR_IN_VOIDING("ERROR_IN_VOIDING"),
    ERROR("ERROR"),
    /** A status this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    TransportStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static TransportStatus fromValue(String text) {
        return MwsValue.of(TransportStatus.class, text, UNKNOWN);
    }
}
