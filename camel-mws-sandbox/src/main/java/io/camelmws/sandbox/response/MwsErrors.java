package io.camelmws.sandbox.response;

/**
 * The errors the sandbox itself raises, with MWS's real wording where it is known (REFERENCE 4.2, 8.3)
 * and messages that name the parameter, the bad value and what is allowed where it is not.
 */
public final class MwsErrors {

    private MwsErrors() {
    }

    public static MwsError invalidAccessKeyId() {
        return MwsError.of(403, "InvalidAccessKeyId",
                "The AWS Access Key Id you provided does not exist in our records.");
    }

    public static MwsError signatureDoesNotMatch() {
        return MwsError.of(403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. "
                        + "Check your AWS Secret Access Key and signing method. "
                        + "Consult the service documentation for details.");
    }

    public static MwsError timestampTooOld(String timestamp) {
        return MwsError.of(400, "RequestExpired",
                "Request signature is too far in the past and has expired. Timestamp date: " + timestamp);
    }

    public static MwsError timestampTooNew(String timestamp) {
        return MwsError.of(400, "RequestExpired",
                "Request signature is too far in the future. Timestamp date: " + timestamp);
    }

    public static MwsError expired(String expires) {
        return MwsError.of(400, "RequestExpired", "Request has expired. Expires date: " + expires);
    }

    public static MwsError malformedTimestamp() {
        return MwsError.of(400, "MalformedInput", "timestamp must follow ISO8601");
    }

    /** 503 RequestThrottled with MWS's wording and its empty Type: the operation's bucket is empty. */
    public static MwsError requestThrottled() {
        return MwsError.of(503, "RequestThrottled", "Request is throttled");
    }

    /**
     * ListOrders without CreatedAfter or LastUpdatedAfter: real MWS answered 400 InvalidParameterValue (not
     * MissingParameter) with exactly this message (docs/sandbox.md names the recordings).
     */
    public static MwsError listOrdersWithoutDateFilter() {
        return MwsError.of(400, "InvalidParameterValue", "CreatedAfter or LastUpdatedAfter must be specified");
    }

    public static MwsError missingParameter(String name) {
        return MwsError.of(400, "MissingParameter", "The request must contain the parameter " + name + ".");
    }

    public static MwsError invalidParameterValue(String name, String value, String allowed) {
        return MwsError.of(400, "InvalidParameterValue",
                "Value " + value + " for parameter " + name + " is invalid. Allowed: " + allowed + ".");
    }

    /**
     * The fulfilment sections' back-end refusal of a request that is well-formed but cannot be carried out (an
     * unknown SKU, an order that no longer can change); real answers read "Value AllQuantityZero for parameter
     * is invalid." under this code (lineofflight/peddler#68).
     */
    public static MwsError invalidRequestException(String message) {
        return MwsError.of(400, "InvalidRequestException", message);
    }

    public static MwsError requestTooLarge(long limitBytes) {
        return MwsError.of(400, "InvalidParameterValue",
                "The request body is too large; the sandbox accepts form bodies up to " + limitBytes + " bytes.");
    }

    public static MwsError accessDenied(String message) {
        return MwsError.of(401, "AccessDenied", message);
    }

    /** An unknown path; the wording follows the real "Resource /Sellers/ is not found ..." answer. */
    public static MwsError unknownResource(String rawPath) {
        int from = 0;
        int to = rawPath.length();
        while (from < to && rawPath.charAt(from) == '/') {
            from++;
        }
        while (to > from && rawPath.charAt(to - 1) == '/') {
            to--;
        }
        String inner = rawPath.substring(from, to);
        boolean versionMissing = !inner.isEmpty() && inner.indexOf('/') < 0;
        String resource = versionMissing ? "/" + inner + "/" : rawPath;
        return MwsError.of(404, "InvalidAddress", "Resource " + resource + " is not found on this server."
                + (versionMissing ? " API Version is missing" : ""));
    }

    public static MwsError unknownOperation(String action, String sectionLabel) {
        return MwsError.of(404, "InvalidAddress",
                "Operation " + action + " is not available for section " + sectionLabel);
    }

    public static MwsError notSimulated(String action, String sectionLabel) {
        return MwsError.of(400, "InvalidRequest",
                "Operation " + action + " of section " + sectionLabel + " is not simulated by camel-mws-sandbox");
    }

    public static MwsError unsupportedMethod(String method) {
        return MwsError.of(400, "InvalidRequest",
                "HTTP method " + method + " is not supported; MWS accepts GET and POST.");
    }
}
