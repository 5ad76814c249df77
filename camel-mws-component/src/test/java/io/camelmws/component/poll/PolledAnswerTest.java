package io.camelmws.component.poll;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.PollSpec;
import io.camelmws.component.xml.ResponseScan;

import static org.assertj.core.api.Assertions.assertThat;

/** How a listed item becomes its own small document: cut out of the answer, or written anew when it uses prefixes. */
class PolledAnswerTest {

    private static final PollSpec ORDERS = spec("ListOrders");
    private static final PollSpec EVENTS = spec("ListFinancialEvents");

    private static PollSpec spec(String action) {
        return MwsCatalog.standard().sections().stream().flatMap(section -> section.operations().values().stream())
                .filter(operation -> operation.name().equals(action)).findFirst().orElseThrow().polled().orElseThrow();
    }

    /** The page as the consumer reads it: from what the call's own answer scan noted. */
    private static PolledAnswer scanned(String xml, PollSpec spec, String action) throws Exception {
        return PolledAnswer.of(xml, ResponseScan.of(xml, PolledAnswer.listedItemsOf(spec)).listed(), spec, action);
    }

    /** Both readings find the same items, texts, ids, versions, kept fields and window end. */
    private static void assertSameReading(String xml, PollSpec spec, String action) throws Exception {
        PolledAnswer alone = PolledAnswer.of(xml, spec, action);
        PolledAnswer fromScan = scanned(xml, spec, action);
        // The one pass that reads a UTF-8 page as it arrives notes what the general reading notes.
        byte[] bytes = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        io.camelmws.component.xml.Utf8AnswerScan.Read read = io.camelmws.component.xml.Utf8AnswerScan.read(bytes, bytes.length,
                PolledAnswer.listedItemsOf(spec));
        if (read != null) {
            assertThat(read.scan()).isEqualTo(ResponseScan.of(xml, PolledAnswer.listedItemsOf(spec)));
        }
        assertThat(fromScan.listedUntil()).isEqualTo(alone.listedUntil());
        assertThat(fromScan.items()).hasSameSizeAs(alone.items());
        for (int i = 0; i < alone.items().size(); i++) {
            PolledItem expected = alone.items().get(i);
            PolledItem actual = fromScan.items().get(i);
            assertThat(actual.xml()).isEqualTo(expected.xml());
            assertThat(actual.id()).isEqualTo(expected.id());
            assertThat(actual.version()).isEqualTo(expected.version());
            for (String field : spec.keptFields()) {
                assertThat(actual.field(field)).as(field).isEqualTo(expected.field(field));
            }
        }
    }

    private static String answer(String orders) {
        return "<?xml version=\"1.0\"?>\n<ListOrdersResponse xmlns=\"https://mws.amazonservices.com/Orders/2013-09-01\">"
               + "<ListOrdersResult><LastUpdatedBefore>2026-12-01T10:00:00Z</LastUpdatedBefore><Orders>" + orders
               + "</Orders></ListOrdersResult></ListOrdersResponse>";
    }

    @Test
    void anOrderIsCutOutAsMwsWroteItWithoutTheNamespaceItInherits() throws Exception {
        String order = "<Order>\n  <AmazonOrderId>111-1111111-1111111</AmazonOrderId>"
                       + "<BuyerName>Smith &amp; Sons &lt;GmbH&gt;</BuyerName><LastUpdateDate>2026-12-01T09:00:00.123Z</LastUpdateDate>"
                       + "<IsPrime>false</IsPrime><ShippingAddress><Name>A</Name></ShippingAddress><Empty/></Order>";
        String page = answer(order + order.replace("111-1111111-1111111", "222-2222222-2222222"));
        PolledAnswer answer = scanned(page, ORDERS, "ListOrders");
        assertSameReading(page, ORDERS, "ListOrders");

        assertThat(answer.listedUntil()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(answer.items()).hasSize(2);
        PolledItem first = answer.items().get(0);
        assertThat(first.xml()).isEqualTo(order);
        assertThat(first.id()).isEqualTo("111-1111111-1111111");
        assertThat(first.version()).isEqualTo(Instant.parse("2026-12-01T09:00:00.123Z"));
        // Only what the catalog's poll reads is kept beside the XML: a listed item costs its XML and little more.
        assertThat(first.field("AmazonOrderId")).isEqualTo("111-1111111-1111111");
        assertThat(first.field("BuyerName")).isNull();
        assertThat(answer.items().get(1).xml()).contains("222-2222222-2222222").startsWith("<Order>").endsWith("</Order>");
    }

    @Test
    void anOrderWithAPrefixedElementIsWrittenAnewWithoutNamespacesAndLosesNoValue() throws Exception {
        String order = "<Order><AmazonOrderId>111-1111111-1111111</AmazonOrderId><LastUpdateDate>2026-12-01T09:00:00Z</LastUpdateDate>"
                       + "<Extra xmlns:ns2=\"urn:x\"><ns2:Size Units=\"cm\">12</ns2:Size></Extra><After>x &amp; y</After></Order>";

        PolledItem item = scanned(answer(order), ORDERS, "ListOrders").items().get(0);
        assertSameReading(answer(order), ORDERS, "ListOrders");

        assertThat(item.xml()).isEqualTo("<Order><AmazonOrderId>111-1111111-1111111</AmazonOrderId><LastUpdateDate>2026-12-01T09:00:00Z"
                                         + "</LastUpdateDate><Extra><Size Units=\"cm\">12</Size></Extra><After>x &amp; y</After></Order>");
        assertThat(item.field("LastUpdateDate")).isEqualTo("2026-12-01T09:00:00Z");
    }

    @Test
    void eventsAreTakenOnlyFromTheListsThePollNamesAndTheScanNotesTheSameOnes() throws Exception {
        String shipment = "<ShipmentEvent><AmazonOrderId>111-1111111-1111111</AmazonOrderId><PostedDate>2026-12-01T09:00:00Z</PostedDate>"
                          + "<ShipmentItemList><ShipmentItem><SellerSKU>A</SellerSKU></ShipmentItem></ShipmentItemList></ShipmentEvent>";
        String xml = "<ListFinancialEventsResponse xmlns=\"http://mws.amazonservices.com/Finances/2015-05-01\"><ListFinancialEventsResult>"
                     + "<FinancialEvents><ShipmentEventList>" + shipment + shipment.replace("09:00", "09:05") + "</ShipmentEventList>"
                     + "<RefundEventList>" + shipment.replace("ShipmentEvent>", "ShipmentEvent>") + "</RefundEventList>"
                     + "<SomeNewEventList>" + shipment + "</SomeNewEventList>"
                     + "</FinancialEvents></ListFinancialEventsResult></ListFinancialEventsResponse>";

        PolledAnswer answer = scanned(xml, EVENTS, "ListFinancialEvents");

        assertThat(answer.items()).extracting(item -> PolledAnswer.listOf(item, EVENTS))
                .containsExactly("ShipmentEventList", "ShipmentEventList", "RefundEventList");
        assertSameReading(xml, EVENTS, "ListFinancialEvents");
    }

    @Test
    void aPageWithoutTheWindowEndTheScanWasToldOfSaysSo() throws Exception {
        String xml = answer("").replace("<LastUpdatedBefore>2026-12-01T10:00:00Z</LastUpdatedBefore>", "");
        assertThat(scanned(xml, ORDERS, "ListOrders").listedUntil()).isNull();
        assertThat(scanned(xml, ORDERS, "ListOrders").items()).isEmpty();
    }
}
