package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.response.MwsError;

/** Thrown while reading a request to stop it with an MWS error; the handler turns it into an ErrorResponse. */
final class RequestRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient MwsError error;

    RequestRejected(MwsError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    static RequestRejected invalid(String message) {
        return new RequestRejected(MwsError.of(400, "InvalidParameterValue", message));
    }

    MwsError error() {
        return error;
    }
}
