package io.camelmws.sandbox.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SectionCatalogTest {

    private final SectionCatalog catalog = SectionCatalog.standard();

    @Test
    void knowsEverySectionOfTable11WithItsVersionAndOperationCount() {
        Map<String, String> shape = catalog.sections().stream().collect(Collectors.toMap(Section::name,
                s -> s.version() + " " + s.operations().size()));
        assertThat(shape).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Feeds", "2009-01-01 6"),
                Map.entry("Reports", "2009-01-01 14"),
                Map.entry("Orders", "2013-09-01 6"),
                Map.entry("Products", "2011-10-01 15"),
                Map.entry("Sellers", "2011-07-01 3"),
                Map.entry("Finances", "2015-05-01 5"),
                Map.entry("FulfillmentInboundShipment", "2010-10-01 23"),
                Map.entry("FulfillmentInventory", "2010-10-01 3"),
                Map.entry("FulfillmentOutboundShipment", "2010-10-01 11"),
                Map.entry("MerchantFulfillment", "2015-06-01 6"),
                Map.entry("Recommendations", "2013-04-01 4"),
                Map.entry("Subscriptions", "2013-07-01 10"),
                Map.entry("EasyShip", "2018-09-01 5"),
                Map.entry("ShipmentInvoicing", "2018-09-01 4"),
                Map.entry("CartInformation", "2014-03-01 4"),
                Map.entry("CustomerInformation", "2014-03-01 4")));
    }

    @Test
    void usesTheWireNamespacesOfTable12() {
        assertThat(catalog.section("Feeds").namespace()).isEqualTo("http://mws.amazonaws.com/doc/2009-01-01/");
        assertThat(catalog.section("Reports").namespace()).isEqualTo("http://mws.amazonaws.com/doc/2009-01-01/");
        assertThat(catalog.section("Orders").namespace())
                .isEqualTo("https://mws.amazonservices.com/Orders/2013-09-01");
        assertThat(catalog.section("Products").namespace())
                .isEqualTo("http://mws.amazonservices.com/schema/Products/2011-10-01");
        assertThat(catalog.section("FulfillmentInventory").namespace())
                .isEqualTo("http://mws.amazonaws.com/FulfillmentInventory/2010-10-01/");
        assertThat(catalog.section("CustomerInformation").namespace())
                .isEqualTo("https://mws.amazonservices.com/schema/Customers/2014-03-01");
    }

    @Test
    void onlyFeedsAndReportsLackGetServiceStatus() {
        assertThat(catalog.sections()).filteredOn(s -> !s.hasOperation("GetServiceStatus"))
                .extracting(Section::name).containsExactlyInAnyOrder("Feeds", "Reports");
    }

    @Test
    void routesFeedsAndReportsTogetherAtThreePaths() {
        for (String path : new String[] {"/", "/Feeds/2009-01-01", "/Reports/2009-01-01"}) {
            ApiRoute route = catalog.route(path);
            assertThat(route.sectionFor("SubmitFeed").name()).isEqualTo("Feeds");
            assertThat(route.sectionFor("GetReport").name()).isEqualTo("Reports");
            assertThat(route.sectionFor("GetServiceStatus")).isNull();
            assertThat(route.version()).isEqualTo("2009-01-01");
        }
        assertThat(catalog.route("").path()).isEqualTo("/");
        assertThat(catalog.route("/").label()).isEqualTo("MarketplaceWebService/2009-01-01");
        assertThat(catalog.route("/Feeds/2009-01-01").label()).isEqualTo("Feeds/2009-01-01");
    }

    @Test
    void routesEveryOtherSectionAtItsOwnPathOnly() {
        assertThat(catalog.route("/Orders/2013-09-01").sections()).extracting(Section::name)
                .containsExactly("Orders");
        assertThat(catalog.route("/Orders/2011-01-01")).isNull();
        assertThat(catalog.route("/Orders")).isNull();
        assertThat(catalog.route("/OffAmazonPayments/2013-01-01")).isNull();
        assertThat(catalog.routes()).hasSize(catalog.sections().size() + 1);
    }
}
