package io.camelmws.component.model.finances;

import io.camelmws.component.model.MwsValue;

/** Whether a financial event group still takes events; {@link FinancialEventGroup#processingStatusAsString()} keeps the text. */
public enum ProcessingStatus implements MwsValue {
    /** The settlement period is running: events still post into it. */
    OPEN("Open"),
    /** The period has ended; its total is final. */
    CLOSED("Closed"),
    /** A value this version of the component does not know; the model keeps the text. */
    UNKNOWN(null);

    private final String value;

    ProcessingStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static ProcessingStatus fromValue(String text) {
        return MwsValue.of(ProcessingStatus.class, text, UNKNOWN);
    }
}
