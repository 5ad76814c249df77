package io.camelmws.sandbox.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.orders.Shipment;
import io.camelmws.sandbox.support.Dom;
import io.camelmws.sandbox.support.MutableClock;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.TestSandboxes;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** ListInventorySupply over a socket: the FBA stock of the seller's listings, which shipped parcels reduce. */
class InventorySupplyTest {

    static final String NS = "http://mws.amazonaws.com/FulfillmentInventory/2010-10-01/";
    static final String US = "ATVPDKIKX0DER";

    private MwsSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = TestSandboxes.withDefaultCredentials()
                .clock(MutableClock.at("2020-06-01T00:00:00Z"))
                .throttling(false).seed(7).inventorySupplyPageSize(7)
                .build().start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> call(String action, String... parameters) {
        SignedRequest request = SignedRequest.to(sandbox).path("/FulfillmentInventory/2010-10-01").action(action);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request.send();
    }

    private Element ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Element root = Dom.root(response.body());
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        return root;
    }

    private Element member(String sku, String responseGroup) {
        Element root = ok(call("ListInventorySupply", "MarketplaceId", US, "SellerSkus.member.1", sku,
                "ResponseGroup", responseGroup));
        List<Element> members = Dom.all(root, "member").stream()
                .filter(member -> member.getParentNode().getLocalName().equals("InventorySupplyList")).toList();
        assertThat(members).hasSize(1);
        return members.get(0);
    }

    private List<Listing> fbaListings() {
        return sandbox.listings().inMarketplace(US).stream().filter(Listing::amazonFulfilled).toList();
    }

    @Test
    void anFbaSkuAnswersItsIdentifiersAndTheStockItStartedWith() {
        Listing listing = fbaListings().stream().filter(l -> l.quantity() >= StockLedger.REORDER_POINT).findFirst()
                .orElseThrow();
        Element member = member(listing.sellerSku(), "Basic");

        assertThat(Dom.text(member, "SellerSKU")).isEqualTo(listing.sellerSku());
        assertThat(Dom.text(member, "FNSKU")).isEqualTo(listing.fnsku());
        assertThat(Dom.text(member, "ASIN")).isEqualTo(listing.asin());
        assertThat(Dom.text(member, "Condition")).isEqualTo("NewItem");
        assertThat(Dom.text(member, "InStockSupplyQuantity")).isEqualTo(Integer.toString(listing.quantity()));
        assertThat(Dom.text(member, "TotalSupplyQuantity")).isEqualTo(Integer.toString(listing.quantity()));
        assertThat(Dom.text(Dom.children(member, "EarliestAvailability").get(0), "TimepointType"))
                .isEqualTo("Immediately");
        assertThat(Dom.children(Dom.children(member, "SupplyDetail").get(0), "member")).isEmpty();
    }

    @Test
    void aShippedParcelTakesItsUnitsOutOfStock() {
        Instant start = sandbox.clock().instant();
        Shipment parcel = sandbox.orders().shipmentsBetween(start, start.plus(Duration.ofDays(3))).stream()
                .filter(Shipment::amazonFulfilled).filter(s -> US.equals(s.marketplaceId())).findFirst().orElseThrow();
        OrderItem item = parcel.items().get(0);
        int before = Integer.parseInt(Dom.text(member(item.sellerSku(), "Basic"), "InStockSupplyQuantity"));
        int shippedMeanwhile = sandbox.orders().shipmentsBetween(start, parcel.shippedAt().plusSeconds(1)).stream()
                .filter(s -> s.amazonFulfilled() && US.equals(s.marketplaceId()))
                .flatMap(s -> s.items().stream()).filter(i -> i.sellerSku().equals(item.sellerSku()))
                .mapToInt(OrderItem::quantityShipped).sum();
        assertThat(shippedMeanwhile).isGreaterThanOrEqualTo(item.quantityShipped());
        assertThat(before).as("enough stock for the parcels").isGreaterThanOrEqualTo(shippedMeanwhile);

        sandbox.advanceClock(Duration.between(start, parcel.shippedAt()).plusSeconds(1));

        Element after = member(item.sellerSku(), "Basic");
        assertThat(Integer.parseInt(Dom.text(after, "InStockSupplyQuantity"))).isEqualTo(before - shippedMeanwhile);
    }

    @Test
    void detailedSaysWhenInboundUnitsOfAnEmptySkuBecomeAvailable() {
        Optional<Listing> empty = fbaListings().stream().filter(l -> l.quantity() == 0).findFirst();
        Listing listing = empty.orElseGet(() -> fbaListings().stream()
                .min((a, b) -> Integer.compare(a.quantity(), b.quantity())).orElseThrow());
        Element member = member(listing.sellerSku(), "Detailed");
        List<Element> details = Dom.children(Dom.children(member, "SupplyDetail").get(0), "member");
        if (listing.quantity() < StockLedger.REORDER_POINT) {
            Element inbound = details.stream().filter(d -> "Inbound".equals(Dom.text(d, "SupplyType"))).findFirst()
                    .orElseThrow();
            Element earliest = Dom.children(inbound, "EarliestAvailableToPick").get(0);
            assertThat(Dom.text(earliest, "TimepointType")).isEqualTo("DateTime");
            Instant arrives = Instant.parse(Dom.text(earliest, "DateTime"));
            assertThat(arrives).isBetween(sandbox.clock().instant().plus(Duration.ofDays(3)),
                    sandbox.clock().instant().plus(Duration.ofDays(9)));
            int total = Integer.parseInt(Dom.text(member, "TotalSupplyQuantity"));
            assertThat(total).isEqualTo(listing.quantity() + Integer.parseInt(Dom.text(inbound, "Quantity")));
            if (listing.quantity() == 0) {
                Element availability = Dom.children(member, "EarliestAvailability").get(0);
                assertThat(Dom.text(availability, "TimepointType")).isEqualTo("DateTime");
                assertThat(Dom.text(availability, "DateTime")).isEqualTo(Dom.text(earliest, "DateTime"));
            }

            sandbox.advanceClock(Duration.between(sandbox.clock().instant(), arrives).plusSeconds(1));
            Element received = member(listing.sellerSku(), "Detailed");
            assertThat(Integer.parseInt(Dom.text(received, "InStockSupplyQuantity")))
                    .isGreaterThanOrEqualTo(Integer.parseInt(Dom.text(inbound, "Quantity")));
        } else {
            assertThat(details).extracting(d -> Dom.text(d, "SupplyType")).containsExactly("InStock");
        }
    }

    @Test
    void aSkuWithoutFbaStockAnswersZeroSupply() {
        Element member = member("NO-SUCH-SKU", "Basic");
        assertThat(Dom.text(member, "SellerSKU")).isEqualTo("NO-SUCH-SKU");
        assertThat(Dom.text(member, "TotalSupplyQuantity")).isEqualTo("0");
        assertThat(Dom.text(member, "InStockSupplyQuantity")).isEqualTo("0");
        assertThat(Dom.text(member, "ASIN")).isNull();
    }

    @Test
    void queryStartDateTimeListsTheSkusChangedSinceInPagesByNextToken() {
        Instant start = sandbox.clock().instant();
        sandbox.advanceClock(Duration.ofDays(2));
        List<String> changed = new ArrayList<>();
        Element page = ok(call("ListInventorySupply", "MarketplaceId", US,
                "QueryStartDateTime", start.toString()));
        int pages = 1;
        while (true) {
            Dom.all(page, "member").forEach(m -> changed.add(Dom.text(m, "SellerSKU")));
            String token = Dom.text(Dom.children(page, "ListInventorySupplyResult").isEmpty()
                    ? Dom.children(page, "ListInventorySupplyByNextTokenResult").get(0)
                    : Dom.children(page, "ListInventorySupplyResult").get(0), "NextToken");
            if (token == null) {
                break;
            }
            page = ok(call("ListInventorySupplyByNextToken", "NextToken", token));
            pages++;
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(changed).isSorted().doesNotHaveDuplicates();
        List<String> expected = sandbox.orders().shipmentsBetween(start, sandbox.clock().instant()).stream()
                .filter(s -> s.amazonFulfilled() && US.equals(s.marketplaceId()))
                .flatMap(s -> s.items().stream()).map(OrderItem::sellerSku).distinct().toList();
        assertThat(changed).containsAll(expected);

        Element none = ok(call("ListInventorySupply", "MarketplaceId", US,
                "QueryStartDateTime", sandbox.clock().instant().plusSeconds(60).toString()));
        assertThat(Dom.all(none, "member")).isEmpty();
    }

    @Test
    void neitherOrBothSelectionsAndAnUnknownResponseGroupAreRefused() {
        HttpResponse<String> neither = call("ListInventorySupply", "MarketplaceId", US);
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(neither.body()).contains("<Code>MissingParameter</Code>").contains("QueryStartDateTime");

        HttpResponse<String> both = call("ListInventorySupply", "SellerSkus.member.1", "A",
                "QueryStartDateTime", "2020-01-01T00:00:00Z");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("<Code>InvalidParameterValue</Code>");

        HttpResponse<String> group = call("ListInventorySupply", "SellerSkus.member.1", "A", "ResponseGroup", "Full");
        assertThat(group.statusCode()).isEqualTo(400);
        assertThat(group.body()).contains("ResponseGroup").contains("Basic or Detailed");
    }
}
