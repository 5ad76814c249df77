package io.camelmws.component.model.feeds;

import io.camelmws.component.model.MwsValue;

/** Whether a processing result is an error or a warning; {@link ProcessingResult#resultCodeAsString()} keeps the text. */
public enum ResultCode implements MwsValue {
    ERROR("Error"),
    WARNING("Warning"),
    /** A code this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    ResultCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static ResultCode fromValue(String text) {
        return MwsValue.of(ResultCode.class, text, UNKNOWN);
    }
}
