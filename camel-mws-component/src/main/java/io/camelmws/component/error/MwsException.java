package io.camelmws.component.error;

import java.util.Set;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * An MWS call that did not succeed: an ErrorResponse from MWS (type, code, message, detail, request id), or
 * an answer that was not one (a proxy's HTML page, a refused document). Never carries request parameters,
 * so no secret can leak through it.
 */
public class MwsException extends RuntimeCamelException implements HttpResponseAware {

    private static final Set<String> RETRYABLE_CODES = Set.of(
            "RequestThrottled", "QuotaExceeded", "InternalError", "ServiceUnavailable", "RetriableInternalError", "RequestExpired");
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(500, 502, 503, 504);

    private int httpStatus;
    private String httpStatusText;
    private final String action;
    private final String errorType;
    private final String errorCode;
    private final String errorMessage;
    private final String detail;
    private final String requestId;
    private transient io.camelmws.component.http.ResponseMetadata responseMetadata;

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
        StringBuilder text = new StringBuilder("MWS ").append(action).append(" failed: HTTP ").append(status);
        if (code != null) {
            text.append(' ').append(code);
        }
        if (type != null && !type.isBlank()) {
            text.append(" (").append(type.trim()).append(')');
        }
        if (message != null && !message.isBlank()) {
            text.append(": ").append(message.trim());
        }
        if (requestId != null) {
            text.append(" [request id ").append(requestId).append(']');
        }
        return text.toString();
    }

    /** True when the same call may succeed later: throttling, MWS-side failures, a stale timestamp. */
    public boolean isRetryable() {
        if (errorCode != null) {
            return RETRYABLE_CODES.contains(errorCode) || (RETRYABLE_STATUSES.contains(httpStatus) && !"NonRetriableInternalError".equals(errorCode));
        }
        return RETRYABLE_STATUSES.contains(httpStatus);
    }

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
    public io.camelmws.component.http.ResponseMetadata getResponseMetadata() {
        return responseMetadata;
    }

    public void setResponseMetadata(io.camelmws.component.http.ResponseMetadata responseMetadata) {
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
