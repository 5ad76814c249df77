package io.camelmws.sandbox.response;

import java.util.Objects;
import java.util.Set;

/**
 * One MWS error as it goes into an {@code ErrorResponse} (REFERENCE 8.2): HTTP status, Type, Code, Message.
 *
 * @param status  HTTP status of the response
 * @param type    {@code Sender} or {@code Receiver}; empty for RequestThrottled, as the recorded answers have it
 * @param code    the MWS error code
 * @param message human-readable message, never containing secrets
 */
public record MwsError(int status, String type, String code, String message) {

    /**
     * Errors raised by MWS's front door carry {@code <RequestID>}; errors from a section back-end carry
     * {@code <RequestId>} (REFERENCE 8.2: both spellings are on the wire and clients must read either).
     */
    private static final String THROTTLED = "RequestThrottled";

    private static final Set<String> GATEWAY_CODES = Set.of(
            "InvalidAccessKeyId", "SignatureDoesNotMatch", "RequestExpired", "AccessDenied",
            "InvalidAddress", "MalformedInput", "RequestThrottled");

    public MwsError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
    }

    /**
     * Sender for client errors; Receiver for server errors, except QuotaExceeded which MWS blames on the sender.
     * RequestThrottled comes from MWS's front door with an empty Type (REFERENCE 2.4, 8.2: recorded answers have
     * {@code <Type></Type>} or blanks there), so clients must classify it by its Code.
     */
    public static MwsError of(int status, String code, String message) {
        if (THROTTLED.equals(code)) {
            return new MwsError(status, "", code, message);
        }
        boolean senderFault = status < 500 || "QuotaExceeded".equals(code);
        return new MwsError(status, senderFault ? "Sender" : "Receiver", code, message);
    }

    public boolean fromGateway() {
        return GATEWAY_CODES.contains(code);
    }

    /** The ErrorResponse document for this error. */
    public byte[] toXml(String namespace, String requestId) {
        return new XmlWriter()
                .root("ErrorResponse", namespace)
                .start("Error")
                .element("Type", type)
                .element("Code", code)
                .element("Message", message)
                .end("Error")
                .element(fromGateway() ? "RequestID" : "RequestId", requestId)
                .end("ErrorResponse")
                .toBytes();
    }
}
