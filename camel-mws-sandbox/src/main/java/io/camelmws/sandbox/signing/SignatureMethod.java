package io.camelmws.sandbox.signing;

/** The HMAC algorithms MWS accepts in the {@code SignatureMethod} parameter; the constant names are the wire values. */
public enum SignatureMethod {
    HmacSHA256,
    HmacSHA1;

    /** The method named by a {@code SignatureMethod} parameter value, or {@code null} if MWS would not accept it. */
    public static SignatureMethod fromParameter(String value) {
        if ("HmacSHA256".equals(value)) {
            return HmacSHA256;
        }
        if ("HmacSHA1".equals(value)) {
            return HmacSHA1;
        }
        return null;
    }

    /** Both names, for error messages. */
    public static String allowedValues() {
        return "HmacSHA256, HmacSHA1";
    }
}
