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

    @Test
    void aYamlRouteSetsOneParameterPerMessageOnOneStaticEndpoint() throws Exception {
        String yaml = """
                - route:
                    id: yaml-orders-since
                    from:
                      uri: direct:orders-since
                      steps:
                        - setHeader:
                            name: CamelMwsParam.LastUpdatedAfter
                            simple: "${header.since}"
                        - to:
                            uri: mws:ListOrders
                            parameters:
                              endpoint: "%s"
                              accessKey: "%s"
                              secretKey: "RAW(%s)"
                              sellerId: "%s"
                              authToken: "%s"
                              marketplaceId: ATVPDKIKX0DER
                              throttling: "OFF"
                              param.MaxResultsPerPage: "10"
                """.formatted(SANDBOX.baseUrl(), SANDBOX.accessKey(), SECRET, SANDBOX.sellerId(), SANDBOX.authToken());
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("mws-orders-since.yaml", yaml));
        java.time.Instant now = SANDBOX.sandbox().clock().instant();
        java.util.List<String> polls = java.util.List.of(now.minus(java.time.Duration.ofDays(3)).toString(),
                now.minus(java.time.Duration.ofDays(2)).toString(), now.minus(java.time.Duration.ofHours(5)).toString());

        for (String since : polls) {
            template.sendBodyAndHeader("direct:orders-since", null, "since", since);
        }
        // The most specific wins: a one-parameter header over the map header over the endpoint's param.* option.
        template.send("direct:orders-since", exchange -> {
            exchange.getIn().setHeader("since", polls.get(0));
            exchange.getIn().setHeader(MwsConstants.PARAMETERS, java.util.Map.of("MaxResultsPerPage", 20, "LastUpdatedAfter", polls.get(2)));
            exchange.getIn().setHeader(MwsConstants.PARAM_PREFIX + "MaxResultsPerPage", 30);
        });

        assertThat(SANDBOX.sandbox().requests()).extracting(SandboxRequest::action).containsOnly("ListOrders").hasSize(4);
        assertThat(SANDBOX.sandbox().requests()).extracting(request -> request.parameters().get("LastUpdatedAfter"))
                .containsExactly(polls.get(0), polls.get(1), polls.get(2), polls.get(0));
        assertThat(SANDBOX.sandbox().requests()).extracting(request -> request.parameters().get("MaxResultsPerPage"))
                .containsExactly("10", "10", "10", "30");
        assertThat(SANDBOX.sandbox().requests()).allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
        assertThat(context.getEndpoints().stream().filter(e -> e.getEndpointUri().startsWith("mws:"))).hasSize(1);
    }

    @Test
    void aParameterHeaderWithoutANameIsRefused() {
        org.apache.camel.Exchange exchange = template.send(
                "mws:GetServiceStatus?section=Sellers&endpoint=" + SANDBOX.baseUrl() + "&accessKey=" + SANDBOX.accessKey() + "&secretKey=RAW(" + SECRET
                + ")&sellerId=" + SANDBOX.sellerId() + "&authToken=" + SANDBOX.authToken(),
                e -> e.getIn().setHeader(MwsConstants.PARAM_PREFIX, "x"));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Header CamelMwsParam. names no parameter");
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }
}
