package io.camelmws.sandbox.log;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Hides the credentials among a request's parameters wherever the sandbox prints them (admin API, logs,
 * {@code toString}). The Signature is replayable for 15 minutes and is hidden whole; the AWSAccessKeyId and the
 * MWSAuthToken keep a short prefix, enough to tell two accounts apart while debugging.
 */
public final class CredentialMask {

    /** What is shown instead of a secret, or after the kept prefix of an identifier. */
    public static final String MASK = "****";

    private static final String SIGNATURE = "Signature";
    private static final Set<String> IDENTIFIERS = Set.of("AWSAccessKeyId", "MWSAuthToken");
    private static final int KEPT_PREFIX = 4;

    private CredentialMask() {
    }

    /** A copy of {@code parameters}, in the same order, with only the Signature masked. */
    public static Map<String, String> withoutSignature(Map<String, String> parameters) {
        Map<String, String> masked = new LinkedHashMap<>(parameters);
        masked.computeIfPresent(SIGNATURE, (name, value) -> MASK);
        return Collections.unmodifiableMap(masked);
    }

    /** A copy of {@code parameters}, in the same order, with every credential masked. */
    public static Map<String, String> printable(Map<String, String> parameters) {
        Map<String, String> masked = new LinkedHashMap<>(parameters);
        masked.computeIfPresent(SIGNATURE, (name, value) -> MASK);
        for (String identifier : IDENTIFIERS) {
            masked.computeIfPresent(identifier, (name, value) -> prefixOnly(value));
        }
        return Collections.unmodifiableMap(masked);
    }

    /** A value so short that its prefix would be most of it is hidden whole. */
    static String prefixOnly(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return value.length() <= 2 * KEPT_PREFIX ? MASK : value.substring(0, KEPT_PREFIX) + MASK;
    }
}
