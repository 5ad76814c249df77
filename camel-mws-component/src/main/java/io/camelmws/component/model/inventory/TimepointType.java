package io.camelmws.component.model.inventory;

import io.camelmws.component.model.MwsValue;

/** When units become available; {@link Timepoint#timepointTypeAsString()} keeps the text. */
public enum TimepointType implements MwsValue {
    /** Available now. */
    IMMEDIATELY("Immediately"),
    /** Available at {@link Timepoint#dateTime()}. */
    DATE_TIME("DateTime"),
    /** MWS's own {@code Unknown}: no date can be given. */
    NOT_YET_KNOWN("Unknown"),
    /** A value this version of the component does not know; the model keeps the text. */
    UNKNOWN(null);

    private final String value;

    TimepointType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static TimepointType fromValue(String text) {
        return MwsValue.of(TimepointType.class, text, UNKNOWN);
    }
}
