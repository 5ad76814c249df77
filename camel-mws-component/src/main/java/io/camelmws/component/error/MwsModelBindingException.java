package io.camelmws.component.error;

/**
 * The answer was whole and well-formed, but a value in it cannot be read as the typed model asks (resultFormat
 * {@code MODEL} or {@code JSON}): an amount that is not a number, a date in a form MWS does not use. Nothing was
 * handed on; the same answer would fail again, so this is not retried. resultFormat=XML hands on the text as it came.
 */
public class MwsModelBindingException extends MwsException {

    public MwsModelBindingException(String action, int httpStatus, String why, String requestId, Throwable cause) {
        super(action, httpStatus, null, null, "the answer could not be read as its typed model: " + why, null, requestId);
        initCause(cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
