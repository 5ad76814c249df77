package io.camelmws.sandbox.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.TestSandboxes;
import io.camelmws.sandbox.support.Xml;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** ListMarketplaceParticipations and its NextToken, over a socket. */
class SellersParticipationsTest {

    private static final String NS = "https://mws.amazonservices.com/Sellers/2011-07-01";
    private static final Pattern MARKETPLACE_ID = Pattern.compile("<MarketplaceId>([^<]+)</MarketplaceId>");

    @Test
    void pagesThroughEveryParticipationAndMarketplace() {
        try (MwsSandbox sandbox = start(4)) {
            List<String> participations = new ArrayList<>();
            List<String> marketplaces = new ArrayList<>();
            HttpResponse<String> page = call(sandbox, "ListMarketplaceParticipations", null);
            int pages = 1;
            while (true) {
                assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
                Xml xml = Xml.parse(page.body());
                assertThat(xml.rootNamespace()).isEqualTo(NS);
                assertThat(xml.text("RequestId"))
                        .isEqualTo(page.headers().firstValue("x-mws-request-id").orElseThrow());
                String body = page.body();
                String participationsXml = body.substring(body.indexOf("<ListParticipations>"),
                        body.indexOf("</ListParticipations>"));
                String marketplacesXml = body.substring(body.indexOf("<ListMarketplaces>"),
                        body.indexOf("</ListMarketplaces>"));
                participations.addAll(ids(participationsXml));
                marketplaces.addAll(ids(marketplacesXml));
                assertThat(participationsXml).contains("<SellerId>" + sandbox.sellerId() + "</SellerId>")
                        .contains("<HasSellerSuspendedListings>No</HasSellerSuspendedListings>");
                String next = xml.text("NextToken");
                if (next == null) {
                    break;
                }
                page = call(sandbox, "ListMarketplaceParticipationsByNextToken", next);
                assertThat(Xml.parse(page.body()).rootName())
                        .isEqualTo("ListMarketplaceParticipationsByNextTokenResponse");
                pages++;
            }
            List<String> expected = Marketplaces.seller().stream().map(Marketplace::marketplaceId).toList();
            assertThat(pages).isEqualTo(3);
            assertThat(participations).containsExactlyElementsOf(expected);
            assertThat(marketplaces).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void describesEachMarketplaceInOnePageByDefault() {
        try (MwsSandbox sandbox = start(SellersOperations.DEFAULT_PARTICIPATIONS_PAGE_SIZE)) {
            HttpResponse<String> page = call(sandbox, "ListMarketplaceParticipations", null);
            Xml xml = Xml.parse(page.body());
            assertThat(xml.rootName()).isEqualTo("ListMarketplaceParticipationsResponse");
            assertThat(xml.text("NextToken")).isNull();
            assertThat(page.body()).contains("<Marketplace>\n"
                    + "        <MarketplaceId>A1PA6795UKMFR9</MarketplaceId>\n"
                    + "        <Name>Amazon.de</Name>\n"
                    + "        <DefaultCountryCode>DE</DefaultCountryCode>\n"
                    + "        <DefaultCurrencyCode>EUR</DefaultCurrencyCode>\n"
                    + "        <DefaultLanguageCode>de_DE</DefaultLanguageCode>\n"
                    + "        <DomainName>www.amazon.de</DomainName>\n"
                    + "      </Marketplace>")
                    .contains("<Name>Amazon.co.jp</Name>").contains("<DefaultCountryCode>GB</DefaultCountryCode>");
        }
    }

    @Test
    void refusesAMissingOrForeignNextToken() {
        try (MwsSandbox sandbox = start(4)) {
            HttpResponse<String> missing = call(sandbox, "ListMarketplaceParticipationsByNextToken", null);
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(Xml.parse(missing.body()).text("Code")).isEqualTo("MissingParameter");
            HttpResponse<String> foreign = call(sandbox, "ListMarketplaceParticipationsByNextToken", "bm90IG91cnM=");
            assertThat(foreign.statusCode()).isEqualTo(400);
            Xml error = Xml.parse(foreign.body());
            assertThat(error.rootNamespace()).isEqualTo(NS);
            assertThat(error.text("Code")).isEqualTo("InvalidParameterValue");
            assertThat(error.text("Message")).contains("NextToken");
        }
    }

    private static MwsSandbox start(int pageSize) {
        return TestSandboxes.withDefaultCredentials()
                .throttling(false).orders(0).participationsPageSize(pageSize)
                .build().start();
    }

    private static HttpResponse<String> call(MwsSandbox sandbox, String action, String nextToken) {
        SignedRequest request = SignedRequest.to(sandbox).path("/Sellers/2011-07-01").action(action);
        if (nextToken != null) {
            request.param("NextToken", nextToken);
        }
        return request.send();
    }

    private static List<String> ids(String xml) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = MARKETPLACE_ID.matcher(xml);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
