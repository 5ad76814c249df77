package io.camelmws.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.MwsRequestFactory;
import io.camelmws.component.http.UserAgent;
import io.camelmws.component.signing.RequestSigner;
import io.camelmws.component.signing.SignatureMethod;
import io.camelmws.sandbox.MwsSandbox;

/** The made-up seller every benchmark uses, on both sides: the sandbox's account and the component's credentials. */
public final class BenchAccount {

    public static final String ACCESS_KEY = "AKIABENCH00000000001";
    public static final String SECRET_KEY = "bench+secret/key=";
    public static final String SELLER_ID = "A1BENCHSELLER";

    private static final OperationResolver RESOLVER = new OperationResolver(MwsCatalog.standard());

    private BenchAccount() {
    }

    /** A sandbox builder for this account on a free loopback port; the caller sets throttling, scale and sizes. */
    public static MwsSandbox.Builder sandbox() {
        return MwsSandbox.builder().port(0).accessKey(ACCESS_KEY).secretKey(SECRET_KEY).sellerId(SELLER_ID);
    }

    /** The component's request factory for this account, as an endpoint with the default options builds it. */
    public static MwsRequestFactory requestFactory(String baseUrl) {
        return new MwsRequestFactory(baseUrl, ACCESS_KEY, SELLER_ID, null, new RequestSigner(SECRET_KEY, SignatureMethod.HmacSHA256), false);
    }

    /** What {@code mws:<action>?section=<section>} calls. */
    public static ResolvedOperation operation(String action, String section) {
        return RESOLVER.resolve(action, section, null);
    }

    /** The User-Agent an endpoint with the default applicationName and applicationVersion sends. */
    public static String userAgent() {
        String version = componentVersion();
        return UserAgent.of("camel-mws", version, version);
    }

    private static String componentVersion() {
        Properties properties = new Properties();
        try (InputStream in = MwsRequestFactory.class.getResourceAsStream("/io/camelmws/component/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // The version only changes the User-Agent's length by a few bytes.
        }
        return properties.getProperty("version", "0.0.0-dev");
    }
}
