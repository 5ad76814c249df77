package io.camelmws.component.signing;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The HMAC algorithms MWS accepts for Signature Version 2; the enum names are the exact values of the
 * {@code SignatureMethod} request parameter and of the JCA Mac algorithm.
 */
public enum SignatureMethod {
    HmacSHA256,
    HmacSHA1;

    /** Parses a user-supplied value, failing with a message that lists what is allowed. */
    public static SignatureMethod of(String value) {
        for (SignatureMethod method : values()) {
            if (method.name().equalsIgnoreCase(value)) {
                return method;
            }
        }
        throw new IllegalArgumentException("signatureMethod '" + value + "' is not supported; allowed: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
