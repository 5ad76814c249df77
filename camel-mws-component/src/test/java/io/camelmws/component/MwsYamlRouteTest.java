package io.camelmws.component;

import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A YAML route with {@code uri: mws} and a {@code parameters:} map, the component found through its
 * generated service files, a secret holding {@code + / = &} carried intact by the generated URI factory.
 * Camel's URI factory wraps only secret options in RAW(); free-form param.* values with {@code &} need RAW()
 * written out, as the route shows.
 */
class MwsYamlRouteTest extends CamelTestSupport {

    private static final String SECRET = "yaml+Secret/with=and&amp+more==";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withSecretKey(SECRET);

    @Test
    void aYamlRouteCallsMwsWithEveryOptionAsAParameter() throws Exception {
        String yaml = """
                - route:
                    id: yaml-service-status
                    from:
                      uri: direct:yaml
                      steps:
                        - to:
                            uri: mws
                            parameters:
                              action: GetServiceStatus
                              section: Sellers
                              endpoint: "%s"
                              accessKey: "%s"
                              secretKey: "%s"
                              sellerId: "%s"
                              authToken: "%s"
                              signatureMethod: HmacSHA1
                              param.Note: "RAW(a b+c/d=e&f)"
                """.formatted(SANDBOX.baseUrl(), SANDBOX.accessKey(), SECRET, SANDBOX.sellerId(), SANDBOX.authToken());
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("mws-route.yaml", yaml));

        String body = template.requestBody("direct:yaml", null, String.class);

        assertThat(body).contains("<GetServiceStatusResponse xmlns=\"https://mws.amazonservices.com/Sellers/2011-07-01\">");
        SandboxRequest request = SANDBOX.sandbox().requests().get(0);
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.parameters()).containsEntry("SignatureMethod", "HmacSHA1").containsEntry("Note", "a b+c/d=e&f");
        assertThat(context.getEndpoints()).anySatisfy(e -> assertThat(e.toString()).startsWith("mws://GetServiceStatus")
                .doesNotContain("yaml+Secret").doesNotContain(SANDBOX.authToken()));
    }
}
