package io.camelmws.component.error;

/**
 * A downloaded document (report, processing report) that is not what MWS said it sent: its MD5 differs from
 * Content-MD5, or the body ended early. Nothing of it was handed on; downloading again may succeed.
 */
public class MwsContentMismatchException extends MwsException {

    public MwsContentMismatchException(String action, int httpStatus, String why, String requestId, Throwable cause) {
        super(action, httpStatus, null, null, why + "; nothing was handed on", null, requestId);
        if (cause != null) {
            initCause(cause);
        }
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
