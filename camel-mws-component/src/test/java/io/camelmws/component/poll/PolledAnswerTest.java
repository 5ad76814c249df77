package io.camelmws.component.poll;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.PollSpec;

import static org.assertj.core.api.Assertions.assertThat;

/** How a listed item becomes its own small document: cut out of the answer, or written anew when it uses prefixes. */
class PolledAnswerTest {

    private static final PollSpec ORDERS = MwsCatalog.standard().sections().stream().flatMap(section -> section.operations().values().stream())
            .filter(operation -> operation.name().equals("ListOrders")).findFirst().orElseThrow().polled().orElseThrow();

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
        PolledAnswer answer = PolledAnswer.of(answer(order + order.replace("111-1111111-1111111", "222-2222222-2222222")), ORDERS, "ListOrders");

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

        PolledItem item = PolledAnswer.of(answer(order), ORDERS, "ListOrders").items().get(0);

        assertThat(item.xml()).isEqualTo("<Order><AmazonOrderId>111-1111111-1111111</AmazonOrderId><LastUpdateDate>2026-12-01T09:00:00Z"
                                         + "</LastUpdateDate><Extra><Size Units=\"cm\">12</Size></Extra><After>x &amp; y</After></Order>");
        assertThat(item.field("LastUpdateDate")).isEqualTo("2026-12-01T09:00:00Z");
    }
}
