package io.camelmws.sandbox.orders;

import static io.camelmws.sandbox.orders.OrdersCalls.US;
import static io.camelmws.sandbox.orders.OrdersCalls.orders;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.MutableClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The shuffled element order option: the same answer, element for element, with the siblings of every parent in
 * another order decided by the seed; list items keep theirs.
 */
class ShuffledElementOrderTest {

    private static final MutableClock WALL = MutableClock.at("2020-10-12T12:08:59.148Z");
    private static final String[] QUERY = {"CreatedAfter", "2020-10-05T00:00:00Z", "MarketplaceId.Id.1", US,
        "MaxResultsPerPage", "20"};

    @Test
    void reordersSiblingsButKeepsEveryElementAndTheOrderOfListItems() {
        try (MwsSandbox plain = OrdersCalls.start(b -> b.clock(WALL).orders(2_000).seed(7));
             MwsSandbox shuffled = OrdersCalls.start(b -> b.clock(WALL).orders(2_000).seed(7)
                     .shuffleElementOrder(true))) {
            OrdersCalls.Answer written = orders(plain, "ListOrders", QUERY).assertOk();
            OrdersCalls.Answer reordered = orders(shuffled, "ListOrders", QUERY).assertOk();

            assertThat(reordered.records("Order")).isEqualTo(written.records("Order"));
            assertThat(reordered.texts("AmazonOrderId")).hasSize(20).isEqualTo(written.texts("AmazonOrderId"));
            assertThat(reordered.text("CreatedBefore")).isEqualTo(written.text("CreatedBefore"));
            assertThat(reordered.body()).startsWith("<?xml version=\"1.0\"?>\n<ListOrdersResponse xmlns=");
            assertThat(childNames(written, "Order")).allSatisfy(names -> assertThat(names).startsWith("AmazonOrderId"));
            // Each parent draws its own order: the orders of one answer are not all alike.
            assertThat(childNames(reordered, "Order")).filteredOn(names -> !names.get(0).equals("AmazonOrderId"))
                    .isNotEmpty();
            assertThat(childNames(reordered, "Order").stream().distinct().count()).isGreaterThan(10);
            assertThat(childNames(reordered, "ShippingAddress")).isNotEqualTo(childNames(written, "ShippingAddress"));
        }
    }

    @Test
    void theSameSeedGivesTheSameOrderAndAnotherSeedAnother() {
        try (MwsSandbox first = OrdersCalls.start(b -> b.clock(WALL).orders(500).seed(7).shuffleElementOrder(true));
             MwsSandbox again = OrdersCalls.start(b -> b.clock(WALL).orders(500).seed(7).shuffleElementOrder(true));
             MwsSandbox other = OrdersCalls.start(b -> b.clock(WALL).orders(500).seed(8).shuffleElementOrder(true))) {
            assertThat(childNames(orders(again, "ListOrders", QUERY).assertOk(), "Order"))
                    .isEqualTo(childNames(orders(first, "ListOrders", QUERY).assertOk(), "Order"));
            // Another seed: another book and another order, even for the same GetServiceStatus shape.
            List<List<String>> seven = new ArrayList<>();
            List<List<String>> eight = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                seven.addAll(childNames(orders(first, "ListOrders", QUERY).assertOk(), "Order"));
                eight.addAll(childNames(orders(other, "ListOrders", QUERY).assertOk(), "Order"));
            }
            assertThat(eight).isNotEqualTo(seven);
            assertThat(orders(first, "GetServiceStatus").assertOk().text("Status")).isEqualTo("GREEN");
        }
    }

    @Test
    void errorsAreReorderedToo() {
        try (MwsSandbox shuffled = OrdersCalls.start(b -> b.clock(WALL).seed(3).shuffleElementOrder(true))) {
            OrdersCalls.Answer error = orders(shuffled, "ListOrders", "MarketplaceId.Id.1", US);
            assertThat(error.status()).isEqualTo(400);
            assertThat(error.text("Code")).isEqualTo("InvalidParameterValue");
            assertThat(error.text("Message")).isEqualTo("CreatedAfter or LastUpdatedAfter must be specified");
            assertThat(childNames(error, "Error")).singleElement()
                    .satisfies(names -> assertThat(names).containsExactlyInAnyOrder("Type", "Code", "Message"));
        }
    }

    /** The local names of the element children of every element called {@code localName}. */
    static List<List<String>> childNames(OrdersCalls.Answer answer, String localName) {
        NodeList nodes = answer.document().getElementsByTagNameNS("*", localName);
        List<List<String>> all = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            List<String> names = new ArrayList<>();
            for (Node child = nodes.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    names.add(element.getLocalName());
                }
            }
            all.add(names);
        }
        return all;
    }
}
