package io.camelmws.sandbox.support;

import io.camelmws.sandbox.MwsSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds, signs and sends one MWS request to a sandbox over a real socket, with every knob a negative test
 * needs: another secret, another signed host, a stale timestamp, a missing parameter.
 */
public final class SignedRequest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final MwsSandbox sandbox;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private String method = "POST";
    private String path = "/Orders/2013-09-01";
    private String secretKey;
    private String signedHost;
    private boolean signed = true;

    private SignedRequest(MwsSandbox sandbox) {
        this.sandbox = sandbox;
        this.secretKey = sandbox.secretKey();
        parameters.put("AWSAccessKeyId", sandbox.accessKey());
        parameters.put("SellerId", sandbox.sellerId());
        if (sandbox.authToken() != null) {
            parameters.put("MWSAuthToken", sandbox.authToken());
        }
        parameters.put("SignatureVersion", "2");
        parameters.put("SignatureMethod", "HmacSHA256");
        parameters.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(
                sandbox.clock().wall().instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** A GetServiceStatus-ready request to Orders, signed with the sandbox's own credentials. */
    public static SignedRequest to(MwsSandbox sandbox) {
        return new SignedRequest(sandbox).action("GetServiceStatus").param("Version", "2013-09-01");
    }

    public SignedRequest method(String httpMethod) {
        this.method = httpMethod;
        return this;
    }

    /** The path, and the Version it implies ({@code /Section/Version}; {@code /} means 2009-01-01). */
    public SignedRequest path(String requestPath) {
        this.path = requestPath;
        String[] segments = requestPath.split("/");
        parameters.put("Version", segments.length == 3 ? segments[2] : "2009-01-01");
        return this;
    }

    public SignedRequest action(String action) {
        return param("Action", action);
    }

    public SignedRequest param(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    public SignedRequest without(String name) {
        parameters.remove(name);
        return this;
    }

    public SignedRequest timestamp(Instant instant) {
        return param("Timestamp", DateTimeFormatter.ISO_INSTANT.format(instant));
    }

    public SignedRequest secretKey(String otherSecret) {
        this.secretKey = otherSecret;
        return this;
    }

    /** Signs with this host instead of the Host header the client will send ({@code 127.0.0.1:PORT}). */
    public SignedRequest signedHost(String host) {
        this.signedHost = host;
        return this;
    }

    public SignedRequest unsigned() {
        this.signed = false;
        return this;
    }

    /** The parameters as they will be sent, including the Signature. */
    public Map<String, String> finalParameters() {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        if (signed) {
            String host = signedHost != null ? signedHost : "127.0.0.1:" + sandbox.port();
            all.put("Signature", TestSigner.sign(secretKey, all.get("SignatureMethod"), method, host, path, all));
        }
        return all;
    }

    public static String formEncode(Map<String, String> parameters) {
        StringJoiner form = new StringJoiner("&");
        parameters.forEach((name, value) -> form.add(TestSigner.encode(name) + "=" + TestSigner.encode(value)));
        return form.toString();
    }

    public HttpResponse<String> send() {
        String encoded = formEncode(finalParameters());
        HttpRequest.Builder request;
        if ("GET".equals(method)) {
            request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path + "?" + encoded)).GET();
        } else {
            request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(encoded));
        }
        request.header("User-Agent", "camel-mws-sandbox-tests/1.0 (Language=Java/17)")
                .timeout(Duration.ofSeconds(10));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
