package io.camelmws.sandbox.gateway;

/**
 * The one developer/seller pair the sandbox accepts: the developer's access key and secret, the seller it acts
 * for, and (for a third-party developer) the MWSAuthToken that seller granted.
 *
 * @param accessKey AWSAccessKeyId
 * @param secretKey the secret the signatures are checked with
 * @param sellerId  the SellerId / Merchant value
 * @param authToken the expected MWSAuthToken, or {@code null} when the seller uses its own keys
 */
public record SandboxAccount(String accessKey, String secretKey, String sellerId, String authToken) {

    public SandboxAccount {
        requireText(accessKey, "accessKey");
        requireText(secretKey, "secretKey");
        requireText(sellerId, "sellerId");
        if (authToken != null && authToken.isEmpty()) {
            authToken = null;
        }
    }

    private static void requireText(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("The sandbox option " + option + " is required");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("The sandbox option " + option + " must not be blank");
        }
    }

    /** Masks the secrets: this record ends up in logs and assertion messages. */
    @Override
    public String toString() {
        return "SandboxAccount[accessKey=" + accessKey + ", secretKey=****, sellerId=" + sellerId
                + ", authToken=" + (authToken == null ? "none" : "****") + "]";
    }
}
