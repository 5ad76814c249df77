package io.camelmws.component.error;

import io.camelmws.component.model.ResponseMetadata;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

import io.camelmws.component.catalog.MwsCatalog;

/**
 * An MWS call that did not succeed: an ErrorResponse from MWS (type, code, message, detail, request id), or
 * an answer that was not one (a proxy's HTML page, a refused document). Never carries request parameters,
 * so no secret can leak through it.
 */
public class MwsException extends RuntimeCamelException implements HttpResponseAware {

    private int httpStatus;
    private String httpStatusText;
    private final String action;
    private final String errorType;
    private final String errorCode;
    private final String errorMessage;
    private final String detail;
    private final String requestId;
    private transient io.camelmws.component.model.ResponseMetadata responseMetadata;

    public MwsException(String action, int httpStatus, String errorType, String errorCode, String errorMessage, String detail,
                        String requestId) {
        super(describe(action, httpStatus, errorType, errorCode, errorMessage, requestId));
        this.action = action;
        this.httpStatus = httpStatus;
        this.errorType = errorType;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.detail = detail;
        this.requestId = requestId;
    }

    private static String describe(String action, int status, String type, String code, String message, String requestId) {
        StringBuilder text = new StringBuilder("MWS ").append(action).append(" failed:");
        // A status only where an answer came: "HTTP 0" would read as if MWS had answered something.
        if (status > 0) {
            text.append(" HTTP ").append(status);
        }
        if (code != null) {
            text.append(' ').append(code);
        }
        if (type != null && !type.isBlank()) {
            text.append(" (").append(type.trim()).append(')');
        }
        if (message != null && !message.isBlank()) {
            text.append(status > 0 || code != null ? ": " : " ").append(message.trim());
        }
        if (requestId != null) {
            text.append(" [request id ").append(requestId).append(']');
        }
        return text.toString();
    }

    /**
     * True when the same call may succeed later: throttling, MWS-side failures, a stale timestamp. Which error codes and
     * statuses those are is catalog data ({@code retryableErrors}).
     */
    public boolean isRetryable() {
        return MwsCatalog.standard().errors().isRetryable(errorCode, httpStatus);
    }

    /** The HTTP status of MWS's answer, or 0 when the failure happened without one (nothing arrived, or nothing was sent). */

    public String getAction() {
        return action;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    /** {@code Sender} or {@code Receiver}; blank on some throttling answers. */
    public String getErrorType() {
        return errorType;
    }

    /** The MWS error code, e.g. {@code SignatureDoesNotMatch}; null when the answer was not an MWS ErrorResponse. */
    public String getErrorCode() {
        return errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public String getDetail() {
        return detail;
    }

    public String getRequestId() {
        return requestId;
    }

    /** The headers of the failed answer (quota, server time), or null when no answer arrived. */
    public io.camelmws.component.model.ResponseMetadata getResponseMetadata() {
        return responseMetadata;
    }

    public void setResponseMetadata(io.camelmws.component.model.ResponseMetadata responseMetadata) {
        this.responseMetadata = responseMetadata;
    }

    @Override
    public int getHttpResponseCode() {
        return httpStatus;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpStatus = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpStatusText;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpStatusText = status;
    }
}
