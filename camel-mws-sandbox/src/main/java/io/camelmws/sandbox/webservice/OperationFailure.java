package io.camelmws.sandbox.webservice;

import io.camelmws.sandbox.response.MwsError;
import java.util.Objects;

/**
 * Ends an operation with an MWS error: thrown where a parameter is found wrong, turned into the
 * ErrorResponse by the section's handler. Carries no stack trace; it is an answer, not a fault.
 */
public final class OperationFailure extends RuntimeException {

    private final transient MwsError error;

    public OperationFailure(MwsError error) {
        super(error.code() + ": " + error.message(), null, false, false);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** 400 InvalidParameterValue with {@code message}. */
    public static OperationFailure invalid(String message) {
        return new OperationFailure(MwsError.of(400, "InvalidParameterValue", message));
    }

    public MwsError error() {
        return error;
    }
}
