package io.camelmws.sandbox.webservice;

import io.camelmws.sandbox.response.MwsError;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * NextToken values of the Reports and Feeds list operations. A token carries everything the next page needs
 * (the query, with its date window fixed at the first call, and the position after the last item returned), so
 * the sandbox keeps no per-token state and a token stays valid as long as the items exist. It is standard base64
 * with {@code + / =}, like MWS's, so a client that forgets to encode it fails its signature as it would have.
 */
public final class PageToken {

    private static final String KIND = "kind";
    private static final String CHECK = "check";

    private PageToken() {
    }

    /** @param kind which list the token continues, e.g. {@code GetReportRequestList} */
    public static String encode(String kind, Map<String, String> state) {
        StringBuilder payload = new StringBuilder();
        append(payload, KIND, kind);
        state.forEach((name, value) -> append(payload, name, value));
        String check = Long.toHexString(crc(payload.toString()));
        payload.append(CHECK).append('=').append(check);
        return Base64.getEncoder().encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws OperationFailure InvalidParameterValue when the token was not issued for {@code kind} or is damaged
     */
    public static Map<String, String> decode(String kind, String token) {
        Map<String, String> state = new LinkedHashMap<>();
        try {
            String payload = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int checkAt = payload.lastIndexOf("&" + CHECK + "=");
            if (checkAt < 0 || !Long.toHexString(crc(payload.substring(0, checkAt + 1)))
                    .equals(payload.substring(checkAt + CHECK.length() + 2))) {
                throw invalid(token);
            }
            for (String pair : payload.substring(0, checkAt).split("&")) {
                int equals = pair.indexOf('=');
                state.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw invalid(token);
        }
        if (!kind.equals(state.remove(KIND))) {
            throw invalid(token);
        }
        return state;
    }

    private static OperationFailure invalid(String token) {
        String shown = token.length() > 40 ? token.substring(0, 40) + "..." : token;
        return new OperationFailure(MwsError.of(400, "InvalidParameterValue",
                "Invalid NextToken " + shown + ": it was not issued by this operation or has been altered."));
    }

    private static void append(StringBuilder payload, String name, String value) {
        payload.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
    }

    private static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
