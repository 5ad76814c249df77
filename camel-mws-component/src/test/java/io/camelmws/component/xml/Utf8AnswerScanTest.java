package io.camelmws.component.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelmws.component.MwsConstants;
import io.camelmws.component.MwsTestSupport;

/**
 * The one-pass reading of UTF-8 answers ({@link Utf8AnswerScan}) may only accept what the general reading (the JDK's
 * decoding, then Woodstox through {@link ResponseScan#of(String)}) accepts, with the same text and the same values.
 * Held to that over real answers of the sandbox, over each construct it leaves to the general reading, and over
 * thousands of damaged copies of the real answers (bytes changed, dropped, doubled, cut).
 */
class Utf8AnswerScanTest extends MwsTestSupport {

    private static final String MARKETPLACES = "ATVPDKIKX0DER,A1PA6795UKMFR9,A1VC38T7YXB528";
    /** Bytes that matter to XML or UTF-8, and a few that do not. */
    private static final byte[] DAMAGE = bytes("<>&/\"'];#:!?= \t\rx1A-.", 0x00, 0x01, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF,
            0xF0, 0xF4, 0xF8, 0xFF);

    /** What every polling consumer of the catalog has its pages' scans note, and nothing (a plain call). */
    private static final List<ListedItems> NOTED = notedItems();

    private static List<ListedItems> notedItems() {
        List<ListedItems> noted = new ArrayList<>();
        noted.add(null);
        io.camelmws.component.catalog.MwsCatalog.standard().sections().stream().flatMap(section -> section.operations().values().stream())
                .flatMap(operation -> operation.polled().stream()).map(io.camelmws.component.poll.PolledAnswer::listedItemsOf).forEach(noted::add);
        return noted;
    }

    @Test
    void acceptsTheSandboxsAnswersWithTheTextAndValuesOfTheGeneralReading() throws Exception {
        Map<String, String> answers = realAnswers();
        assertThat(NOTED).hasSizeGreaterThan(4);
        int itemsNoted = 0;
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            byte[] bytes = answer.getValue().getBytes(StandardCharsets.UTF_8);
            for (ListedItems items : NOTED) {
                Utf8AnswerScan.Read read = Utf8AnswerScan.read(bytes, bytes.length, items);
                String what = answer.getKey() + " noting " + items;
                assertThat(read).as(what).isNotNull();
                assertThat(read.text()).as(what).isEqualTo(answer.getValue());
                assertThat(read.scan()).as(what).isEqualTo(ResponseScan.of(answer.getValue(), items));
                itemsNoted += items == null ? 0 : read.scan().listed().items().size();
            }
        }
        // Orders, financial events, inventory supplies, reports: the corpus holds items the consumers note.
        assertThat(itemsNoted).isGreaterThan(30);
        // The corpus holds what the values are there for: a NextToken, ids MWS handed out, a window's end, non-ASCII text.
        assertThat(answers.values()).anySatisfy(xml -> assertThat(ResponseScan.of(xml).nextToken()).isNotNull());
        assertThat(answers.values()).anySatisfy(xml -> assertThat(ResponseScan.of(xml).feedSubmissionId()).isNotNull());
        assertThat(answers.values()).anySatisfy(xml -> assertThat(ResponseScan.of(xml).reportRequestId()).isNotNull());
        assertThat(answers.values()).anySatisfy(xml -> assertThat(ResponseScan.of(xml).lastUpdatedBefore()).isNotNull());
        assertThat(answers.values()).anySatisfy(xml -> assertThat(xml.chars().anyMatch(c -> c > 0x7FF)).isTrue());
    }

    @Test
    void damagedAnswersAreNeverAcceptedUnlessTheGeneralReadingAcceptsThemAlike() throws Exception {
        SplittableRandom random = new SplittableRandom(20261206);
        int accepted = 0;
        int refusedByBoth = 0;
        int tried = 0;
        for (String answer : realAnswers().values()) {
            byte[] original = answer.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_500; i++) {
                byte[] damaged = damage(original, random);
                tried++;
                ListedItems items = NOTED.get(random.nextInt(NOTED.size()));
                Utf8AnswerScan.Read read = Utf8AnswerScan.read(damaged, damaged.length, items);
                String decoded = new String(damaged, StandardCharsets.UTF_8);
                ResponseScan general;
                try {
                    general = ResponseScan.of(decoded, items);
                } catch (SafeXml.UnsafeOrMalformedXmlException refused) {
                    general = null;
                }
                if (read != null) {
                    String shown = new String(damaged, StandardCharsets.ISO_8859_1);
                    assertThat(general).as("accepted what the general reading refuses:%n%s", shown).isNotNull();
                    assertThat(read.scan()).as("other values than the general reading:%n%s", shown).isEqualTo(general);
                    assertThat(read.text()).as("other text than the JDK's decoding:%n%s", shown).isEqualTo(decoded);
                    accepted++;
                } else if (general == null) {
                    refusedByBoth++;
                }
            }
        }
        // Both outcomes occur often enough for the comparison to mean something.
        assertThat(accepted).as("of %d", tried).isGreaterThan(tried / 10);
        assertThat(refusedByBoth).as("of %d", tried).isGreaterThan(tried / 10);
    }

    /** Item notes in the places the sandbox's answers do not reach: each as the general reading notes it. */
    @ParameterizedTest
    @ValueSource(strings = {
        // An empty list element ends that list at once: the event after it is in no list, so it is not an item.
        "<ListFinancialEventsResponse><ListFinancialEventsResult><FinancialEvents><ShipmentEventList/>"
            + "<ShipmentEvent><AmazonOrderId>1</AmazonOrderId></ShipmentEvent><RefundEventList><ShipmentEvent>"
            + "<AmazonOrderId>2</AmazonOrderId><PostedDate/></ShipmentEvent></RefundEventList></FinancialEvents>"
            + "</ListFinancialEventsResult></ListFinancialEventsResponse>",
        // A namespace declared inside an order: it cannot be cut out as it stands.
        "<ListOrdersResponse xmlns='urn:o'><ListOrdersResult><Orders><Order><AmazonOrderId>1</AmazonOrderId>"
            + "<Extra xmlns='urn:x'><A>b</A></Extra></Order><Order xmlns='urn:y'><AmazonOrderId>2</AmazonOrderId></Order>"
            + "</Orders></ListOrdersResult></ListOrdersResponse>",
        // Empty and repeated kept fields: empty text, and the first of each name.
        "<ListOrdersResponse><ListOrdersResult><LastUpdatedBefore> 2026-12-01T00:00:00Z </LastUpdatedBefore><Orders><Order>"
            + "<AmazonOrderId/><AmazonOrderId>x</AmazonOrderId><LastUpdateDate>2026-11-30T00:00:00Z</LastUpdateDate>"
            + "<OrderStatus>Shipped</OrderStatus><OrderStatus>Canceled</OrderStatus></Order></Orders></ListOrdersResult></ListOrdersResponse>",
    })
    void notesItemsAsTheGeneralReadingDoes(String xml) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        int compared = 0;
        for (ListedItems items : NOTED) {
            Utf8AnswerScan.Read read = Utf8AnswerScan.read(bytes, bytes.length, items);
            assertThat(read).as(String.valueOf(items)).isNotNull();
            ResponseScan general = ResponseScan.of(xml, items);
            assertThat(read.scan()).as(String.valueOf(items)).isEqualTo(general);
            compared += items == null ? 0 : general.listed().items().size();
        }
        assertThat(compared).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE R [<!ENTITY x 'y'>]><R/>",
        "<R><!-- a comment --></R>",
        "<R><![CDATA[a]]></R>",
        "<?xml-stylesheet href='a'?><R/>",
        "<R><?pi a?></R>",
        "<a:R xmlns:a='urn:a'/>",
        "<R a:b='1' xmlns:a='urn:a'/>",
        "\uFEFF<R/>",
        "<R a='&amp;'/>",
        "<?xml version=\"1.1\"?><R/>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><R/>",
        "<R>&xxe;</R>",
        "<R>a]]>b</R>",
        "<R>\u0001</R>",
        "<R a='1' a='2'/>",
        "<R></S>",
        "<R><S></R></S>",
        "<R>",
        "<R/><S/>",
        "<R/>text",
        " <?xml version=\"1.0\"?><R/>",
        "<R a='1'b='2'/>",
        "<R xmlns='http://www.w3.org/2000/xmlns/'/>",
        "<xmlR/>",
        "<R>&#0;</R>",
        "<R>&#xFFFE;</R>",
        "<R>&#x110000;</R>",
        "<R>&#X41;</R>",
        "<R>&lt</R>",
        "<Ré/>",
        "<R><A><NextToken>a<b/></NextToken></A></R>",
    })
    void leavesToTheGeneralReadingWhatItDoesNotJudge(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8AnswerScan.read(bytes, bytes.length)).isNull();
    }

    @Test
    void leavesMalformedUtf8ToTheGeneralReading() {
        for (byte[] bad : List.of(bytes("<R>", 0xC0, 0x80, '<', '/', 'R', '>'), // overlong NUL
                bytes("<R>", 0xED, 0xA0, 0x80, '<', '/', 'R', '>'), // a surrogate
                bytes("<R>", 0xF4, 0x90, 0x80, 0x80, '<', '/', 'R', '>'), // above U+10FFFF
                bytes("<R>", 0xE2, 0x82, '<', '/', 'R', '>'), // cut short
                bytes("<R>", 0xEF, 0xBF, 0xBE, '<', '/', 'R', '>'), // U+FFFE
                bytes("<R>", 0x80, '<', '/', 'R', '>'))) { // a lone continuation byte
            assertThat(Utf8AnswerScan.read(bad, bad.length)).as(Arrays.toString(bad)).isNull();
        }
    }

    @Test
    void takesTheValuesAndTextOfWhatItJudges() throws Exception {
        String xml = "<?xml version='1.0' encoding=\"utf-8\" standalone='yes' ?>\r\n"
                + "<SubmitFeedResponse xmlns=\"http://mws.amazonaws.com/doc/2009-01-01/\">"
                + "<SubmitFeedResult><FeedSubmissionInfo a = 'x&gt;' >\n<FeedSubmissionId> 5001 </FeedSubmissionId>"
                + "<Note>caf\u00e9 \u20ac \uD83D\uDE00 &amp; &#233;&#x1F600; ] ]] > &apos;</Note></FeedSubmissionInfo>"
                + "<NextToken/></SubmitFeedResult>"
                + "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></SubmitFeedResponse >\n";
        xml = xml.replace("a = 'x&gt;'", "a = 'x>'");
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);

        Utf8AnswerScan.Read read = Utf8AnswerScan.read(bytes, bytes.length);

        assertThat(read).isNotNull();
        assertThat(read.text()).isEqualTo(xml);
        assertThat(read.scan()).isEqualTo(ResponseScan.of(xml));
        assertThat(read.scan().feedSubmissionId()).isEqualTo("5001");
        assertThat(read.scan().requestId()).isEqualTo("r-1");
        assertThat(read.scan().nextToken()).isNull();
        assertThat(read.scan().rootElement()).isEqualTo("SubmitFeedResponse");
    }

    @Test
    void aValueTheGeneralReadingWouldAlterIsLeftToIt() throws Exception {
        // An entity or a CR inside a value: Woodstox's text is then not the bytes as they stand.
        Map<String, String> altered = Map.of("a&amp;b", "a&b", "a\r\nb", "a\nb");
        for (Map.Entry<String, String> token : altered.entrySet()) {
            String xml = "<R><Result><NextToken>" + token.getKey() + "</NextToken></Result></R>";
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            assertThat(Utf8AnswerScan.read(bytes, bytes.length)).as(token.getKey()).isNull();
            assertThat(ResponseScan.of(xml).nextToken()).isEqualTo(token.getValue());
        }
    }

    private Map<String, String> realAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        Instant now = sandbox().clock().instant();
        answers.put("GetServiceStatus", call("mws:GetServiceStatus?section=Orders", Map.of()));
        answers.put("ListOrders", call("mws:ListOrders?marketplaceId=" + MARKETPLACES,
                Map.of("CreatedAfter", now.minus(Duration.ofDays(30)).toString(), "MaxResultsPerPage", 20)));
        answers.put("ListOrders by update", call("mws:ListOrders?marketplaceId=" + MARKETPLACES,
                Map.of("LastUpdatedAfter", now.minus(Duration.ofDays(2)).toString())));
        java.util.regex.Matcher order = java.util.regex.Pattern.compile("<AmazonOrderId>([^<]+)<").matcher(answers.get("ListOrders"));
        assertThat(order.find()).isTrue();
        answers.put("ListOrderItems", call("mws:ListOrderItems", Map.of("AmazonOrderId", order.group(1))));
        answers.put("ListMarketplaceParticipations", call("mws:ListMarketplaceParticipations", Map.of()));
        answers.put("ListFinancialEvents", call("mws:ListFinancialEvents", Map.of("PostedAfter", now.minus(Duration.ofDays(20)).toString())));
        answers.put("ListInventorySupply", call("mws:ListInventorySupply?marketplaceId=ATVPDKIKX0DER",
                Map.of("QueryStartDateTime", now.minus(Duration.ofDays(20)).toString())));
        answers.put("RequestReport", call("mws:RequestReport?reportType=_GET_FLAT_FILE_OPEN_LISTINGS_DATA_", Map.of()));
        answers.put("GetReportRequestList", call("mws:GetReportRequestList", Map.of()));
        answers.put("SubmitFeed", template.requestBody("mws:SubmitFeed?feedType=_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_",
                "sku\tprice\tquantity\nSKU-1\t9.99\t3\n", String.class));
        return answers;
    }

    private String call(String uri, Map<String, Object> parameters) {
        return template.requestBodyAndHeader(uri, null, MwsConstants.PARAMETERS, parameters, String.class);
    }

    /** One of: a byte changed, a byte dropped, a byte doubled, a run of bytes repeated, or the answer cut. */
    private static byte[] damage(byte[] original, SplittableRandom random) {
        int at = random.nextInt(original.length);
        switch (random.nextInt(5)) {
            case 0: {
                byte[] changed = original.clone();
                changed[at] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : DAMAGE[random.nextInt(DAMAGE.length)];
                return changed;
            }
            case 1: {
                byte[] shorter = new byte[original.length - 1];
                System.arraycopy(original, 0, shorter, 0, at);
                System.arraycopy(original, at + 1, shorter, at, original.length - at - 1);
                return shorter;
            }
            case 2: {
                byte[] longer = new byte[original.length + 1];
                System.arraycopy(original, 0, longer, 0, at + 1);
                System.arraycopy(original, at, longer, at + 1, original.length - at);
                return longer;
            }
            case 3: {
                int length = Math.min(1 + random.nextInt(40), original.length - at);
                byte[] longer = new byte[original.length + length];
                System.arraycopy(original, 0, longer, 0, at + length);
                System.arraycopy(original, at, longer, at + length, original.length - at);
                return longer;
            }
            default:
                return Arrays.copyOf(original, at);
        }
    }

    private static byte[] bytes(String ascii, int... more) {
        List<Byte> all = new ArrayList<>();
        for (byte b : ascii.getBytes(StandardCharsets.US_ASCII)) {
            all.add(b);
        }
        for (int b : more) {
            all.add((byte) b);
        }
        byte[] bytes = new byte[all.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = all.get(i);
        }
        return bytes;
    }
}
