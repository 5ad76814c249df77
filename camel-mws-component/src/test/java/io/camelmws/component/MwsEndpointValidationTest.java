package io.camelmws.component;

import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wrong URI fails when the endpoint is created, with a message that says what is allowed, and sends nothing. */
class MwsEndpointValidationTest extends MwsTestSupport {

    @Test
    void anUnknownActionNamesTheNearestKnownOnes() {
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrder"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown MWS action 'ListOrder'; did you mean ListOrders")
                .hasMessageContaining("set section and version");
        assertThatThrownBy(() -> context.getEndpoint("mws:GetReprot")).hasMessageContaining("did you mean GetReport");
        assertThat(received()).isEmpty();
    }

    @Test
    void anOperationTheCatalogDoesNotKnowIsAllowedWithSectionAndVersion() {
        MwsEndpoint endpoint = context.getEndpoint("mws:ListOrdersFaster?section=Orders&version=2013-09-01", MwsEndpoint.class);
        assertThat(endpoint.getTarget().known()).isFalse();
        assertThat(endpoint.getTarget().path()).isEqualTo("/Orders/2013-09-01");

        callIgnoringMwsErrors("mws:ListOrdersFaster?section=Orders&version=2013-09-01", java.util.Map.of());
        // The sandbox knows the section but not the operation, and says so as MWS would.
        assertThat(lastReceived().action()).isEqualTo("ListOrdersFaster");
        assertThat(lastReceived().errorCode()).isEqualTo("InvalidAddress");

        MwsEndpoint future = context.getEndpoint("mws:ListThings?section=Things&version=2030-01-01", MwsEndpoint.class);
        assertThat(future.getTarget().path()).isEqualTo("/Things/2030-01-01");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrdersFaster?section=Orders"))
                .hasMessageContaining("Unknown MWS action 'ListOrdersFaster' in section Orders; did you mean ListOrders");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListThings?section=Things"))
                .hasMessageContaining("section 'Things' is not in the catalog").hasMessageContaining("give version too");
    }

    @Test
    void getServiceStatusNeedsASection() {
        assertThatThrownBy(() -> context.getEndpoint("mws:GetServiceStatus"))
                .hasMessageContaining("exists in several sections (Orders, Products, Sellers")
                .hasMessageContaining("set the section option");
    }

    @Test
    void anExplicitVersionChangesThePathOfVersionedSectionsOnly() {
        assertThat(context.getEndpoint("mws:ListOrders?version=2011-01-01", MwsEndpoint.class).getTarget().path()).isEqualTo("/Orders/2011-01-01");
        assertThat(context.getEndpoint("mws:GetReport?version=2009-01-01", MwsEndpoint.class).getTarget().path()).isEqualTo("/");
    }

    @Test
    void endpointsAreRegionsMarketplacesOrUrls() {
        assertThat(context.getEndpoint("mws:ListOrders?endpoint=EU", MwsEndpoint.class).getServiceUrl()).isEqualTo("https://mws-eu.amazonservices.com");
        assertThat(context.getEndpoint("mws:ListOrders?endpoint=jp", MwsEndpoint.class).getServiceUrl()).isEqualTo("https://mws.amazonservices.jp");
        assertThat(context.getEndpoint("mws:ListOrders?endpoint=GB", MwsEndpoint.class).getServiceUrl()).isEqualTo("https://mws-eu.amazonservices.com");
        assertThat(context.getEndpoint("mws:ListOrders?endpoint=https://mws.example.org:8443/", MwsEndpoint.class).getServiceUrl())
                .isEqualTo("https://mws.example.org:8443");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?endpoint=http://mws.amazonservices.com"))
                .hasMessageContaining("uses plain HTTP; MWS requires HTTPS");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?endpoint=XX"))
                .hasMessageContaining("endpoint 'XX' is neither a region (NA, EU, FE, IN, CN), a marketplace code");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?endpoint=https://mws.example.org/prefix"))
                .hasMessageContaining("must not contain a path");
    }

    @Test
    void badOptionsNameTheOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?httpMethod=PUT")).hasMessageContaining("httpMethod 'PUT' is not supported; allowed: POST, GET");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?signatureMethod=HmacMD5")).hasMessageContaining("signatureMethod");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?socketTimeout=0")).hasMessageContaining("socketTimeout must be positive");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?proxyHost=proxy.local")).hasMessageContaining("proxyPort must be between 1 and 65535");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?sellerIdd=X")).hasMessageContaining("sellerIdd");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?secretKey=")).hasMessageContaining("secretKey must be set");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?sellerId=")).hasMessageContaining("sellerId must be set");
    }

    @Test
    void secretsAreMaskedInTheEndpointUri() {
        MwsEndpoint endpoint = context.getEndpoint("mws:ListOrders?accessKey=AKID&secretKey=RAW(s3cr+t/=&x)&authToken=amzn.mws.tok", MwsEndpoint.class);
        assertThat(endpoint.toString()).doesNotContain("s3cr").doesNotContain("amzn.mws.tok").doesNotContain("AKID").contains("xxxxxx");
    }

    @Test
    void durationsAcceptCamelsTextForm() {
        MwsEndpoint endpoint = context.getEndpoint("mws:ListOrders?connectTimeout=2s&socketTimeout=1m30s", MwsEndpoint.class);
        assertThat(endpoint.getConfiguration().getConnectTimeout()).isEqualTo(2_000);
        assertThat(endpoint.getConfiguration().getSocketTimeout()).isEqualTo(90_000);
    }
}
