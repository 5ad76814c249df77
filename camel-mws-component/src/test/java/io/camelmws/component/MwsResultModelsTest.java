package io.camelmws.component;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.camelmws.component.model.feeds.CancelFeedSubmissionsResult;
import io.camelmws.component.model.feeds.FeedProcessingStatus;
import io.camelmws.component.model.feeds.FeedSubmissionInfo;
import io.camelmws.component.model.feeds.GetFeedSubmissionCountResult;
import io.camelmws.component.model.feeds.GetFeedSubmissionListResult;
import io.camelmws.component.model.feeds.SubmitFeedResult;
import io.camelmws.component.model.reports.CancelReportRequestsResult;
import io.camelmws.component.model.reports.CountResult;
import io.camelmws.component.model.reports.GetReportListResult;
import io.camelmws.component.model.reports.GetReportRequestListResult;
import io.camelmws.component.model.reports.GetReportScheduleListResult;
import io.camelmws.component.model.reports.ManageReportScheduleResult;
import io.camelmws.component.model.reports.ReportInfo;
import io.camelmws.component.model.reports.ReportProcessingStatus;
import io.camelmws.component.model.reports.ReportRequestInfo;
import io.camelmws.component.model.reports.ReportSchedule;
import io.camelmws.component.model.reports.RequestReportResult;
import io.camelmws.component.model.reports.UpdateReportAcknowledgementsResult;
import io.camelmws.component.model.sellers.ListMarketplaceParticipationsResult;
import io.camelmws.component.model.sellers.Marketplace;
import io.camelmws.component.model.sellers.Participation;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.feeds.ReceivedFeed;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.sellers.Marketplaces;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * resultFormat=MODEL|JSON for the Sellers, Reports and Feeds sections, through routes against the sandbox: every
 * value of a model is checked against the sandbox's state or against the XML answer of the same call, so a binding
 * that loses or misreads an element fails here. Time moves with the sandbox's clock, never with the test waiting.
 */
class MwsResultModelsTest extends MwsTestSupport {

    private static final String SYNTHETIC = "_GET_SANDBOX_SYNTHETIC_DATA_";
    private static final String PRICE_FEED = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";
    private static final String FEED = "sku\tprice\tquantity\nTEA-001\t12.00\t5\n";

    // ---- Sellers

    @Test
    void marketplaceParticipationsAsAModelAreTheSandboxSellersMarketplaces() {
        ListMarketplaceParticipationsResult result = template.requestBody("mws:ListMarketplaceParticipations?resultFormat=MODEL", (Object) null,
                ListMarketplaceParticipationsResult.class);

        assertThat(result.nextToken()).isNull();
        assertMarketplaces(result.participations(), result.marketplaces(), Marketplaces.seller(), sandbox().sellerId());
    }

    @Test
    void everyPageOfMarketplaceParticipationsBindsToTheSameModel() throws Exception {
        try (MwsSandbox paged = MwsSandbox.builder().port(0).accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY)
                .secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY).sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID)
                .authToken(MwsSandboxExtension.DEFAULT_AUTH_TOKEN).throttling(false).participationsPageSize(4).build().start()) {
            context.addComponent("mws-paged", ScaledMws.component(paged));
            @SuppressWarnings("unchecked")
            Iterator<Message> pages = template.requestBody("mws-paged:ListMarketplaceParticipations?autoPaginate=true&resultFormat=MODEL",
                    (Object) null, Iterator.class);
            List<ListMarketplaceParticipationsResult> results = new ArrayList<>();
            pages.forEachRemaining(page -> results.add(page.getBody(ListMarketplaceParticipationsResult.class)));

            assertThat(results).hasSize(3);
            assertThat(results.subList(0, 2)).allSatisfy(page -> assertThat(page.nextToken()).isNotBlank());
            assertThat(results.get(2).nextToken()).isNull();
            assertMarketplaces(results.stream().flatMap(page -> page.participations().stream()).toList(),
                    results.stream().flatMap(page -> page.marketplaces().stream()).toList(), Marketplaces.seller(), paged.sellerId());
            assertThat(paged.requests()).extracting(r -> r.action()).containsExactly("ListMarketplaceParticipations",
                    "ListMarketplaceParticipationsByNextToken", "ListMarketplaceParticipationsByNextToken");
        }
    }

    private static void assertMarketplaces(List<Participation> participations, List<Marketplace> marketplaces,
                                           List<io.camelmws.sandbox.sellers.Marketplace> expected, String sellerId) {
        assertThat(participations).extracting(Participation::marketplaceId)
                .containsExactlyElementsOf(expected.stream().map(io.camelmws.sandbox.sellers.Marketplace::marketplaceId).toList());
        assertThat(participations).allSatisfy(p -> {
            assertThat(p.sellerId()).isEqualTo(sellerId);
            assertThat(p.hasSellerSuspendedListings()).isEqualTo("No");
            assertThat(p.suspendedListings()).isFalse();
        });
        assertThat(marketplaces).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            io.camelmws.sandbox.sellers.Marketplace sandboxed = expected.get(i);
            assertThat(marketplaces.get(i)).isEqualTo(new Marketplace(sandboxed.marketplaceId(), sandboxed.name(), sandboxed.countryCode(),
                    sandboxed.currencyCode(), sandboxed.languageCode(), sandboxed.domainName()));
        }
    }

    @Test
    void marketplaceParticipationsAsTypedJson() {
        String json = template.requestBody("mws:ListMarketplaceParticipations?resultFormat=JSON", (Object) null, String.class);

        assertThat(json).startsWith("{\"ListParticipations\":[{\"MarketplaceId\":\"ATVPDKIKX0DER\",\"SellerId\":\"" + sandbox().sellerId()
                                    + "\",\"HasSellerSuspendedListings\":\"No\"},")
                .contains("\"ListMarketplaces\":[{\"MarketplaceId\":\"ATVPDKIKX0DER\",\"Name\":\"Amazon.com\",\"DefaultCountryCode\":\"US\","
                          + "\"DefaultCurrencyCode\":\"USD\",\"DefaultLanguageCode\":\"en_US\",\"DomainName\":\"www.amazon.com\"},")
                .doesNotContain("participations").doesNotContain("marketplaces").doesNotContain("NextToken");
    }

    // ---- Reports

    private String requestReport() {
        RequestReportResult requested = template.requestBody("mws:RequestReport?reportType=" + SYNTHETIC + "&resultFormat=MODEL",
                (Object) null, RequestReportResult.class);
        return requested.reportRequestInfo().reportRequestId();
    }

    @Test
    void aReportRequestThroughItsLifeAsModelsEqualsTheXmlAnswers() {
        Exchange requested = template.request("mws:RequestReport?reportType=" + SYNTHETIC + "&resultFormat=MODEL", e -> { });
        ReportRequestInfo submitted = requested.getMessage().getBody(RequestReportResult.class).reportRequestInfo();
        assertThat(submitted.reportRequestId()).isEqualTo(requested.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID));
        assertThat(submitted.reportType()).isEqualTo(SYNTHETIC);
        assertThat(submitted.reportProcessingStatus()).isEqualTo(ReportProcessingStatus.SUBMITTED);
        assertThat(submitted.scheduled()).isFalse();
        assertThat(submitted.submittedDate()).isEqualTo(sandbox().clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .isEqualTo(submitted.startDate()).isEqualTo(submitted.endDate());
        assertThat(submitted.generatedReportId()).isNull();
        assertThat(submitted.completedDate()).isNull();
        String requestId = submitted.reportRequestId();

        Map<String, Object> byId = Map.of("ReportRequestIdList", List.of(requestId));
        GetReportRequestListResult pending = template.requestBodyAndHeader("mws:GetReportRequestList?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, byId, GetReportRequestListResult.class);
        assertThat(pending.reportRequestInfo()).singleElement().isEqualTo(submitted);

        sandbox().advanceClock(Duration.ofMinutes(3));
        GetReportRequestListResult done = template.requestBodyAndHeader("mws:GetReportRequestList?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, byId, GetReportRequestListResult.class);
        Element xml = single(xmlAnswer("mws:GetReportRequestList", byId), "ReportRequestInfo");
        assertThat(done.hasNext()).isFalse();
        assertThat(done.nextToken()).isNull();
        ReportRequestInfo info = done.reportRequestInfo().get(0);
        assertRequestInfo(info, xml);
        assertThat(info.reportProcessingStatus()).isEqualTo(ReportProcessingStatus.DONE);
        assertThat(info.generatedReportId()).isNotBlank();
        assertThat(info.startedProcessingDate()).isAfter(info.submittedDate());
        assertThat(info.completedDate()).isAfter(info.startedProcessingDate());

        GetReportListResult reports = template.requestBodyAndHeader("mws:GetReportList?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, byId, GetReportListResult.class);
        ReportInfo report = reports.reportInfo().get(0);
        assertThat(reports.reportInfo()).hasSize(1);
        assertReportInfo(report, single(xmlAnswer("mws:GetReportList", byId), "ReportInfo"));
        assertThat(report.reportId()).isEqualTo(info.generatedReportId());
        assertThat(report.reportRequestId()).isEqualTo(requestId);
        assertThat(report.availableDate()).isEqualTo(info.completedDate());
        assertThat(report.acknowledged()).isFalse();
        assertThat(report.acknowledgedDate()).isNull();

        sandbox().advanceClock(Duration.ofMinutes(1));
        Map<String, Object> ack = Map.of("ReportIdList", List.of(report.reportId()), "Acknowledged", true);
        UpdateReportAcknowledgementsResult acknowledged = template.requestBodyAndHeader("mws:UpdateReportAcknowledgements?resultFormat=MODEL",
                null, MwsConstants.PARAMETERS, ack, UpdateReportAcknowledgementsResult.class);
        assertThat(acknowledged.count()).isEqualTo(1);
        assertThat(acknowledged.reportInfo()).singleElement().satisfies(now -> {
            assertReportInfo(now, single(xmlAnswer("mws:GetReportList", byId), "ReportInfo"));
            assertThat(now.acknowledged()).isTrue();
            assertThat(now.acknowledgedDate()).isAfter(report.availableDate());
        });
    }

    @Test
    void countsAsModelsEqualTheXmlAnswers() {
        requestReport();
        requestReport();
        sandbox().advanceClock(Duration.ofMinutes(3));
        for (String operation : List.of("GetReportCount", "GetReportRequestCount", "GetReportScheduleCount")) {
            CountResult count = template.requestBody("mws:" + operation + "?resultFormat=MODEL", (Object) null, CountResult.class);
            assertThat(count.count()).as(operation)
                    .isEqualTo(Integer.valueOf(single(xmlAnswer("mws:" + operation, Map.of()), "Count").getTextContent()));
        }
        assertThat(template.requestBody("mws:GetReportRequestCount?resultFormat=MODEL", (Object) null, CountResult.class).count())
                .isGreaterThanOrEqualTo(2);
        assertThat(template.requestBody("mws:GetReportCount?resultFormat=JSON", (Object) null, String.class))
                .matches("\\{\"Count\":[1-9]\\d*}");
    }

    @Test
    void cancellingAReportRequestAsAModel() {
        String requestId = requestReport();

        CancelReportRequestsResult cancelled = template.requestBodyAndHeader("mws:CancelReportRequests?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, Map.of("ReportRequestIdList", List.of(requestId)), CancelReportRequestsResult.class);

        assertThat(cancelled.count()).isEqualTo(1);
        assertThat(cancelled.reportRequestInfo()).singleElement().satisfies(info -> {
            assertThat(info.reportRequestId()).isEqualTo(requestId);
            assertThat(info.reportProcessingStatus()).isEqualTo(ReportProcessingStatus.CANCELLED);
            assertRequestInfo(info, single(xmlAnswer("mws:GetReportRequestList", Map.of("ReportRequestIdList", List.of(requestId))),
                    "ReportRequestInfo"));
        });
    }

    @Test
    void everyPageOfReportRequestsBindsWithHasNext() {
        List<String> ids = List.of(requestReport(), requestReport(), requestReport());
        @SuppressWarnings("unchecked")
        Iterator<Message> pages = template.requestBodyAndHeader("mws:GetReportRequestList?autoPaginate=true&resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, Map.of("ReportRequestIdList", ids, "MaxCount", 1), Iterator.class);
        List<GetReportRequestListResult> results = new ArrayList<>();
        pages.forEachRemaining(page -> results.add(page.getBody(GetReportRequestListResult.class)));

        assertThat(results).hasSize(3);
        assertThat(results).extracting(GetReportRequestListResult::hasNext).containsExactly(true, true, false);
        assertThat(results.subList(0, 2)).allSatisfy(page -> assertThat(page.nextToken()).isNotBlank());
        // Newest first: the last request made is on the first page.
        assertThat(results).extracting(page -> page.reportRequestInfo().get(0).reportRequestId())
                .containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(ScaledMws.of(received(), "GetReportRequestListByNextToken")).hasSize(2);
    }

    @Test
    void aReportScheduleAsModels() {
        Map<String, Object> daily = Map.of("ReportType", SYNTHETIC, "Schedule", "_1_DAY_");
        ManageReportScheduleResult managed = template.requestBodyAndHeader("mws:ManageReportSchedule?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, daily, ManageReportScheduleResult.class);
        try {
            assertThat(managed.count()).isEqualTo(1);
            ReportSchedule schedule = managed.reportSchedules().get(0);
            assertThat(schedule.reportType()).isEqualTo(SYNTHETIC);
            assertThat(schedule.schedule()).isEqualTo("_1_DAY_");

            GetReportScheduleListResult listed = template.requestBody("mws:GetReportScheduleList?resultFormat=MODEL", (Object) null,
                    GetReportScheduleListResult.class);
            Element xml = xmlAnswer("mws:GetReportScheduleList", Map.of());
            assertThat(listed.hasNext()).isFalse().isEqualTo(Boolean.valueOf(single(xml, "HasNext").getTextContent()));
            List<Element> schedules = children(xml, "ReportSchedule");
            assertThat(listed.reportSchedules()).hasSameSizeAs(schedules).contains(schedule);
            for (int i = 0; i < schedules.size(); i++) {
                Map<String, String> fields = fields(schedules.get(i));
                assertThat(listed.reportSchedules().get(i)).isEqualTo(new ReportSchedule(fields.get("ReportType"), fields.get("Schedule"),
                        instant(fields.get("ScheduledDate"))));
            }
        } finally {
            ManageReportScheduleResult removed = template.requestBodyAndHeader("mws:ManageReportSchedule?resultFormat=MODEL", null,
                    MwsConstants.PARAMETERS, Map.of("ReportType", SYNTHETIC, "Schedule", "_NEVER_"), ManageReportScheduleResult.class);
            assertThat(removed.count()).isEqualTo(1);
            assertThat(removed.reportSchedules()).containsExactly(new ReportSchedule(SYNTHETIC, "_NEVER_", null));
        }
    }

    private static void assertRequestInfo(ReportRequestInfo info, Element xml) {
        Map<String, String> fields = fields(xml);
        assertThat(info).isEqualTo(new ReportRequestInfo(fields.get("ReportRequestId"), fields.get("ReportType"), instant(fields.get("StartDate")),
                instant(fields.get("EndDate")), Boolean.valueOf(fields.get("Scheduled")), instant(fields.get("SubmittedDate")),
                fields.get("ReportProcessingStatus"), fields.get("GeneratedReportId"), instant(fields.get("StartedProcessingDate")),
                instant(fields.get("CompletedDate"))));
    }

    private static void assertReportInfo(ReportInfo info, Element xml) {
        Map<String, String> fields = fields(xml);
        assertThat(info).isEqualTo(new ReportInfo(fields.get("ReportId"), fields.get("ReportType"), fields.get("ReportRequestId"),
                instant(fields.get("AvailableDate")), Boolean.valueOf(fields.get("Acknowledged")), instant(fields.get("AcknowledgedDate"))));
    }

    @Test
    void anUnknownReportStatusIsKeptAndUnknownElementsAreIgnored() {
        GetReportRequestListResult page = rawAnswerAsModel("GetReportRequestList", GetReportRequestListResult.class,
                "<NextToken>token-2</NextToken><HasNext>true</HasNext><ReportRequestInfo>"
                + "<ReportRequestId>2291326454</ReportRequestId><ReportType>_GET_MERCHANT_LISTINGS_DATA_</ReportType>"
                + "<StartDate>2009-01-21T02:10:39+00:00</StartDate><EndDate>2009-02-13T02:10:39+00:00</EndDate>"
                + "<Scheduled>false</Scheduled><SubmittedDate>2009-02-20T02:10:39.000Z</SubmittedDate>"
                + "<ReportProcessingStatus>_PAUSED_FOR_REVIEW_</ReportProcessingStatus><ReviewQueue>EU</ReviewQueue>"
                + "</ReportRequestInfo>");

        assertThat(page.hasNext()).isTrue();
        assertThat(page.nextToken()).isEqualTo("token-2");
        ReportRequestInfo info = page.reportRequestInfo().get(0);
        assertThat(info.reportProcessingStatus()).isEqualTo(ReportProcessingStatus.UNKNOWN);
        assertThat(info.reportProcessingStatusAsString()).isEqualTo("_PAUSED_FOR_REVIEW_");
        assertThat(info.startDate()).isEqualTo(Instant.parse("2009-01-21T02:10:39Z"));
        assertThat(info.submittedDate()).isEqualTo(Instant.parse("2009-02-20T02:10:39Z"));
        assertThat(info.generatedReportId()).isNull();
    }

    // ---- Feeds

    @Test
    void aFeedSubmissionThroughItsLifeAsModelsEqualsTheSandboxAndTheXmlAnswers() {
        Exchange submittedExchange = template.request("mws:SubmitFeed?feedType=" + PRICE_FEED + "&resultFormat=MODEL",
                e -> e.getMessage().setBody(FEED));
        FeedSubmissionInfo submitted = submittedExchange.getMessage().getBody(SubmitFeedResult.class).feedSubmissionInfo();
        ReceivedFeed received = sandbox().feeds().find(submitted.feedSubmissionId()).orElseThrow();
        assertThat(submitted.feedSubmissionId()).isEqualTo(submittedExchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID));
        assertThat(submitted.feedType()).isEqualTo(received.feedType()).isEqualTo(PRICE_FEED);
        assertThat(submitted.feedProcessingStatus()).isEqualTo(FeedProcessingStatus.SUBMITTED);
        assertThat(submitted.submittedDate()).isEqualTo(sandbox().clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(submitted.startedProcessingDate()).isNull();
        assertThat(submitted.completedProcessingDate()).isNull();

        sandbox().advanceClock(Duration.ofMinutes(3));
        Map<String, Object> byId = Map.of("FeedSubmissionIdList", List.of(submitted.feedSubmissionId()));
        GetFeedSubmissionListResult done = template.requestBodyAndHeader("mws:GetFeedSubmissionList?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, byId, GetFeedSubmissionListResult.class);
        Element xml = xmlAnswer("mws:GetFeedSubmissionList", byId);
        assertThat(done.hasNext()).isFalse().isEqualTo(Boolean.valueOf(single(xml, "HasNext").getTextContent()));
        assertThat(done.feedSubmissionInfo()).singleElement().satisfies(info -> {
            assertFeedSubmissionInfo(info, single(xml, "FeedSubmissionInfo"));
            assertThat(info.feedProcessingStatus()).isEqualTo(FeedProcessingStatus.DONE);
            assertThat(info.submittedDate()).isEqualTo(submitted.submittedDate());
            assertThat(info.startedProcessingDate()).isAfter(info.submittedDate());
            assertThat(info.completedProcessingDate()).isAfter(info.startedProcessingDate());
        });

        GetFeedSubmissionCountResult count = template.requestBody("mws:GetFeedSubmissionCount?resultFormat=MODEL", (Object) null,
                GetFeedSubmissionCountResult.class);
        assertThat(count.count()).isPositive()
                .isEqualTo(Integer.valueOf(single(xmlAnswer("mws:GetFeedSubmissionCount", Map.of()), "Count").getTextContent()));
    }

    @Test
    void cancellingAFeedSubmissionAsAModelAndAsJson() {
        String id = template.requestBody("mws:SubmitFeed?feedType=" + PRICE_FEED + "&resultFormat=MODEL", FEED, SubmitFeedResult.class)
                .feedSubmissionInfo().feedSubmissionId();
        Map<String, Object> byId = Map.of("FeedSubmissionIdList", List.of(id));

        CancelFeedSubmissionsResult cancelled = template.requestBodyAndHeader("mws:CancelFeedSubmissions?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, byId, CancelFeedSubmissionsResult.class);

        assertThat(cancelled.count()).isEqualTo(1);
        assertThat(cancelled.feedSubmissionInfo()).singleElement().satisfies(info -> {
            assertThat(info.feedProcessingStatus()).isEqualTo(FeedProcessingStatus.CANCELLED);
            assertFeedSubmissionInfo(info, single(xmlAnswer("mws:GetFeedSubmissionList", byId), "FeedSubmissionInfo"));
        });
        String json = template.requestBodyAndHeader("mws:GetFeedSubmissionList?resultFormat=JSON", null, MwsConstants.PARAMETERS, byId,
                String.class);
        assertThat(json).isEqualTo("{\"HasNext\":false,\"FeedSubmissionInfo\":[{\"FeedSubmissionId\":\"" + id + "\",\"FeedType\":\"" + PRICE_FEED
                                   + "\",\"SubmittedDate\":\"" + cancelled.feedSubmissionInfo().get(0).submittedDate()
                                   + "\",\"FeedProcessingStatus\":\"_CANCELLED_\"}]}");
    }

    private static void assertFeedSubmissionInfo(FeedSubmissionInfo info, Element xml) {
        Map<String, String> fields = fields(xml);
        assertThat(info).isEqualTo(new FeedSubmissionInfo(fields.get("FeedSubmissionId"), fields.get("FeedType"),
                instant(fields.get("SubmittedDate")), fields.get("FeedProcessingStatus"), instant(fields.get("StartedProcessingDate")),
                instant(fields.get("CompletedProcessingDate"))));
    }

    @Test
    void anUnknownFeedStatusIsKeptAndUnknownElementsAreIgnored() {
        GetFeedSubmissionListResult page = rawAnswerAsModel("GetFeedSubmissionList", GetFeedSubmissionListResult.class,
                "<HasNext>false</HasNext><FeedSubmissionInfo>"
                + "<FeedSubmissionId>2291326430</FeedSubmissionId><FeedType>_POST_PRODUCT_DATA_</FeedType>"
                + "<SubmittedDate>2009-02-20T02:10:35+00:00</SubmittedDate><FeedProcessingStatus>_IN_QUARANTINE_</FeedProcessingStatus>"
                + "<QuarantineReason><Code>7</Code></QuarantineReason></FeedSubmissionInfo><FeedSubmissionInfo>"
                + "<FeedSubmissionId>2291326431</FeedSubmissionId><FeedType>_POST_PRODUCT_DATA_</FeedType>"
                + "<SubmittedDate>2009-02-20T02:10:36Z</SubmittedDate><FeedProcessingStatus>_IN_SAFETY_NET_</FeedProcessingStatus>"
                + "</FeedSubmissionInfo>");

        assertThat(page.feedSubmissionInfo()).extracting(FeedSubmissionInfo::feedProcessingStatus)
                .containsExactly(FeedProcessingStatus.UNKNOWN, FeedProcessingStatus.IN_SAFETY_NET);
        assertThat(page.feedSubmissionInfo().get(0).feedProcessingStatusAsString()).isEqualTo("_IN_QUARANTINE_");
        assertThat(page.feedSubmissionInfo()).extracting(FeedSubmissionInfo::submittedDate)
                .containsExactly(Instant.parse("2009-02-20T02:10:35Z"), Instant.parse("2009-02-20T02:10:36Z"));
        assertThat(page.hasNext()).isFalse();
    }

    /**
     * The model of {@code action}'s answer when MWS answered with a Result holding {@code result}: a raw answer the
     * sandbox hands out once in place of its own.
     */
    private <T> T rawAnswerAsModel(String action, Class<T> model, String result) {
        String answer = "<?xml version=\"1.0\"?>\n<" + action + "Response xmlns=\"http://mws.amazonaws.com/doc/2009-01-01/\"><" + action
                        + "Result>" + result + "</" + action + "Result><ResponseMetadata><RequestId>raw-" + action
                        + "</RequestId></ResponseMetadata></" + action + "Response>";
        sandbox().faults().add(FaultRule.forAction(action).rawResponse(200, "text/xml", answer).times(1));
        T body = template.requestBody("mws:" + action + "?resultFormat=MODEL", (Object) null, model);
        assertThat(ScaledMws.of(received(), action)).hasSize(1);
        return body;
    }

    // ---- the XML answers the models are checked against

    /** The Result element of the answer to {@code uri} called with resultFormat=XML. */
    private Element xmlAnswer(String uri, Map<String, Object> parameters) {
        String xml = template.requestBodyAndHeader(uri + "?resultFormat=XML", null, MwsConstants.PARAMETERS, parameters, String.class);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            return children(root, root.getTagName().replace("Response", "Result")).get(0);
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && child.getTagName().equals(name)) {
                children.add(child);
            }
        }
        return children;
    }

    private static Element single(Element parent, String name) {
        List<Element> children = children(parent, name);
        assertThat(children).as(name).hasSize(1);
        return children.get(0);
    }

    /** An element's child elements' names and texts. */
    private static Map<String, String> fields(Element element) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                fields.put(child.getTagName(), child.getTextContent());
            }
        }
        return fields;
    }

    private static Instant instant(String text) {
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }
}
