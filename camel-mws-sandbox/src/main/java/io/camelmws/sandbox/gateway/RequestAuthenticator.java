package io.camelmws.sandbox.gateway;

import io.camelmws.sandbox.catalog.ApiRoute;
import io.camelmws.sandbox.http.IncomingRequest;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.signing.SignatureMethod;
import io.camelmws.sandbox.signing.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * MWS's front-door checks, in the order REFERENCE 12 item 4 gives them, so a request with several faults gets
 * the same first error it would have got from MWS: access key, signature version and method, signature,
 * freshness, seller and auth token, then the Version parameter against the path.
 */
public final class RequestAuthenticator {

    private final SandboxAccount account;
    private final SignatureVerifier verifier;
    private final int serverPort;

    public RequestAuthenticator(SandboxAccount account, int serverPort) {
        this.account = account;
        this.verifier = new SignatureVerifier(account.secretKey());
        this.serverPort = serverPort;
    }

    /** @return the first failed check's error, or {@code null} when the request may proceed */
    public MwsError check(IncomingRequest request, ApiRoute route, Instant now) {
        String accessKey = request.parameter("AWSAccessKeyId");
        if (accessKey == null || accessKey.isEmpty()) {
            return MwsErrors.missingParameter("AWSAccessKeyId");
        }
        if (!accessKey.equals(account.accessKey())) {
            return MwsErrors.invalidAccessKeyId();
        }
        MwsError error = checkSignature(request);
        if (error == null) {
            error = RequestTimeWindow.check(request.parameter("Timestamp"), request.parameter("Expires"), now);
        }
        if (error == null) {
            error = checkSeller(request);
        }
        if (error == null) {
            error = checkAuthToken(request.parameter("MWSAuthToken"));
        }
        if (error == null) {
            error = checkVersion(request.parameter("Version"), route);
        }
        return error;
    }

    private MwsError checkSignature(IncomingRequest request) {
        String version = request.parameter("SignatureVersion");
        if (version == null) {
            return MwsErrors.missingParameter("SignatureVersion");
        }
        if (!"2".equals(version)) {
            return MwsErrors.invalidParameterValue("SignatureVersion", version, "2");
        }
        String methodName = request.parameter("SignatureMethod");
        if (methodName == null) {
            return MwsErrors.missingParameter("SignatureMethod");
        }
        SignatureMethod method = SignatureMethod.fromParameter(methodName);
        if (method == null) {
            return MwsErrors.invalidParameterValue("SignatureMethod", methodName, SignatureMethod.allowedValues());
        }
        String signature = request.parameter("Signature");
        if (signature == null || signature.isEmpty()) {
            return MwsErrors.missingParameter("Signature");
        }
        boolean valid = verifier.verify(request.method(), request.host(), request.rawPath(), request.parameters(),
                method, signature, serverPort);
        return valid ? null : MwsErrors.signatureDoesNotMatch();
    }

    /** Feeds/Reports clients send {@code Merchant}, all others {@code SellerId}; MWS accepted either anywhere. */
    private MwsError checkSeller(IncomingRequest request) {
        String sellerId = request.parameter("SellerId");
        String merchant = request.parameter("Merchant");
        if (isEmpty(sellerId) && isEmpty(merchant)) {
            return MwsErrors.missingParameter("SellerId (or Merchant)");
        }
        for (String seller : new String[] {sellerId, merchant}) {
            if (seller != null && !seller.equals(account.sellerId())) {
                return MwsErrors.accessDenied("Access denied: seller " + seller
                        + " has not authorised the developer of AWSAccessKeyId " + account.accessKey() + ".");
            }
        }
        return null;
    }

    /** Never echoes a token: a wrong one may still be somebody's real secret. */
    private MwsError checkAuthToken(String token) {
        String expected = account.authToken();
        if (expected == null) {
            return isEmpty(token) ? null : MwsErrors.accessDenied("Access denied: an MWSAuthToken was sent, "
                    + "but seller " + account.sellerId() + " uses its own keys and granted no token.");
        }
        if (isEmpty(token)) {
            return MwsErrors.accessDenied("Access denied: seller " + account.sellerId()
                    + " requires the MWSAuthToken it granted to this developer; none was sent.");
        }
        boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
        return same ? null : MwsErrors.accessDenied("Access denied: the MWSAuthToken sent is not the one seller "
                + account.sellerId() + " granted to this developer.");
    }

    private static MwsError checkVersion(String version, ApiRoute route) {
        if (version == null) {
            return MwsErrors.missingParameter("Version");
        }
        if (!version.equals(route.version())) {
            return MwsErrors.invalidParameterValue("Version", version, route.version() + " at path " + route.path());
        }
        return null;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
