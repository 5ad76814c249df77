package io.camelmws.component;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.hc.core5.http.HttpHost;

import io.camelmws.component.catalog.Family;
import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.Operation;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.HttpMethod;
import io.camelmws.component.http.HttpSettings;
import io.camelmws.component.http.UserAgent;
import io.camelmws.component.throttle.ThrottlingMode;

/**
 * An endpoint's options checked against each other and the catalog, and converted into what the call pipeline works
 * with. Built when the endpoint is created, so a wrong URI fails then, naming the option and what is allowed.
 *
 * @param target           the operation the endpoint calls
 * @param family           how it is carried out: one call, pages, or a workflow
 * @param nextPage         the ByNextToken operation autoPaginate continues with, or null
 * @param baseUrl          the MWS endpoint's base URL
 * @param http             per-request transport settings
 * @param flatFileCharset  the charset MWS expects for flat files in the endpoint's (first) marketplace
 * @param awaitPollInterval the time between two status polls, already divided by the component's timeScale
 * @param resultBodies     what a producer's answers become, or null when resultFormat applies only to what the
 *                         operation's consumer hands on ({@code producerRefusal} says why)
 * @param polledBodies     what a consumer's items become, or null when the operation is not polled or resultFormat does
 *                         not apply to its items ({@code consumerRefusal} says why)
 */
public record EndpointSettings(
        ResolvedOperation target,
        Family family,
        ResolvedOperation nextPage,
        String baseUrl,
        boolean preferGet,
        HttpSettings http,
        ThrottlingMode throttling,
        Duration maxThrottleWait,
        int maxRetries,
        Duration retryDelay,
        Duration maxRetryDelay,
        Charset flatFileCharset,
        Duration awaitTimeout,
        Duration awaitPollInterval,
        Duration downloadProgressInterval,
        Path downloadSpoolDirectory,
        ResultBodies resultBodies,
        Charset feedCharset,
        java.util.function.Predicate<String> flatFileFeedType,
        ResultBodies polledBodies,
        String producerRefusal,
        String consumerRefusal) {

    /**
     * @param timeScale how much faster than real time the called MWS runs (the component's timeScale)
     */
    public static EndpointSettings of(MwsConfiguration c, MwsCatalog catalog, double timeScale) {
        ResolvedOperation target = new OperationResolver(catalog).resolve(c.getAction(), c.getSection(), c.getVersion());
        String baseUrl = catalog.resolveEndpoint(c.getEndpoint());
        required(c.getAccessKey(), "accessKey");
        required(c.getSecretKey(), "secretKey");
        required(c.getSellerId(), "sellerId");
        if (c.getHttpMethod() == null) {
            throw new IllegalArgumentException("httpMethod must be one of POST, GET");
        }
        if (c.getThrottling() == null) {
            throw new IllegalArgumentException("throttling must be one of WAIT, FAIL, OFF");
        }
        if (c.getSignatureMethod() == null) {
            throw new IllegalArgumentException("signatureMethod must be one of HmacSHA256, HmacSHA1");
        }
        atLeast(c.getMaxRetries(), 0, "maxRetries", "0 or more");
        atLeast(c.getMaxPages(), 0, "maxPages", "0 (all pages) or more");
        atLeast(c.getDownloadSpoolThreshold(), 0, "downloadSpoolThreshold", "0 or more bytes");
        atLeast(c.getMaxAnswerSize(), 1024, "maxAnswerSize", "at least 1024 bytes");
        HttpSettings http = new HttpSettings(positive(c.getConnectTimeout(), "connectTimeout"), positive(c.getSocketTimeout(), "socketTimeout"),
                positive(c.getConnectionRequestTimeout(), "connectionRequestTimeout"), proxy(c),
                UserAgent.of(c.getApplicationName(), c.getApplicationVersion(), MwsVersion.VERSION), positive(c.getRequestTimeout(), "requestTimeout"),
                c.getMaxAnswerSize());
        Family family = target.operation().family(c.isAwait(), c.isAutoPaginate());
        checkOperationOptions(c, target.operation(), family);
        ResolvedOperation nextPage = family == Family.PAGED ? nextPageOperation(catalog, target) : null;
        // resultFormat may fit what the operation's consumer hands on (a report's rows) but not its answer, or the reverse:
        // the endpoint is refused only when it fits neither; createProducer or createConsumer then says why.
        String producerRefusal = null;
        String consumerRefusal = "mws:" + target.action() + " cannot be polled";
        ResultBodies produced = null;
        ResultBodies polled = null;
        try {
            produced = resultBodies(c, catalog, family, target, nextPage);
        } catch (IllegalArgumentException refused) {
            producerRefusal = refused.getMessage();
        }
        java.util.Optional<io.camelmws.component.catalog.PollSpec> poll = target.operation().polled();
        if (poll.isPresent()) {
            try {
                polled = ResultBodies.of(c.getResultFormat(), catalog, poll.get().download(), target,
                        poll.get().download() == null ? nextPageOperation(catalog, target) : null);
                consumerRefusal = null;
            } catch (IllegalArgumentException refused) {
                consumerRefusal = refused.getMessage();
            }
        }
        if (produced == null && polled == null) {
            throw new IllegalArgumentException(producerRefusal);
        }
        return new EndpointSettings(
                target,
                family,
                nextPage,
                baseUrl,
                c.getHttpMethod() == HttpMethod.GET,
                http,
                c.getThrottling(),
                Duration.ofMillis(positive(c.getMaxThrottleWait(), "maxThrottleWait")),
                c.getMaxRetries(),
                Duration.ofMillis(positive(c.getRetryDelay(), "retryDelay")),
                Duration.ofMillis(positive(c.getMaxRetryDelay(), "maxRetryDelay")),
                flatFileCharset(catalog, c),
                Duration.ofMillis(positive(c.getAwaitTimeout(), "awaitTimeout")),
                // An MWS interval: against a sandbox running faster, polls come as much sooner.
                Duration.ofNanos(Math.max(1_000_000, Math.round(positive(c.getAwaitPollInterval(), "awaitPollInterval") * 1_000_000 / timeScale))),
                Duration.ofMillis(positive(c.getDownloadProgressInterval(), "downloadProgressInterval")),
                Path.of(c.getDownloadSpoolDirectory() != null ? c.getDownloadSpoolDirectory() : System.getProperty("java.io.tmpdir")),
                produced,
                feedCharset(c),
                catalog::isFlatFileFeed,
                polled,
                producerRefusal,
                consumerRefusal);
    }

    private static Charset feedCharset(MwsConfiguration c) {
        if (c.getFeedCharset() == null || c.getFeedCharset().isBlank()) {
            return null;
        }
        try {
            return Charset.forName(c.getFeedCharset().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("feedCharset '" + c.getFeedCharset() + "' is not a charset this JVM knows; allowed: a charset name"
                                               + " such as UTF-8, ISO-8859-1, windows-1252, Shift_JIS", e);
        }
    }

    /**
     * The body maker for resultFormat. An endpoint hands on either XML envelopes (its operation's answers) or a
     * downloaded document: GetReport's or GetFeedSubmissionResult's own, or the one a workflow ends with (its download
     * operation, catalog data).
     */
    private static ResultBodies resultBodies(MwsConfiguration c, MwsCatalog catalog, Family family, ResolvedOperation target,
            ResolvedOperation nextPage) {
        String documentAction = target.operation().returnsDocument() ? target.action()
                : family == Family.REPORT_WORKFLOW || family == Family.FEED_WORKFLOW ? target.operation().workflow().download() : null;
        return ResultBodies.of(c.getResultFormat(), catalog, documentAction, target, nextPage);
    }

    /** Whether the endpoint's operation sends its parameters in the request line, where HttpClient's DEBUG log shows them. */
    public boolean signedQueryInRequestLine() {
        return preferGet || target.operation().carriesBody();
    }

    /**
     * Options that belong to some operations only fail elsewhere rather than being silently ignored. Which operations
     * they belong to is the catalog's: the parameters an operation takes, whether it uploads a document, which
     * workflow it starts.
     */
    private static void checkOperationOptions(MwsConfiguration c, Operation operation, Family family) {
        onlyWhere(c.getFeedType() != null, "feedType", operation.takes("FeedType"), "operations that take a FeedType (SubmitFeed)", operation);
        onlyWhere(c.getPurgeAndReplace() != null, "purgeAndReplace", operation.takes("PurgeAndReplace"), "SubmitFeed", operation);
        onlyWhere(c.getReportType() != null, "reportType", operation.takes("ReportType"),
                "operations that take a ReportType (RequestReport, ManageReportSchedule)", operation);
        onlyWhere(c.getOrderStatus() != null, "orderStatus", operation.takes("OrderStatus"), "operations that take an OrderStatus (ListOrders)",
                operation);
        onlyWhere(c.getFulfillmentChannel() != null, "fulfillmentChannel", operation.takes("FulfillmentChannel"),
                "operations that take a FulfillmentChannel (ListOrders)", operation);
        onlyWhere(c.getFeedContentType() != null, "feedContentType", operation.carriesBody(), "operations that upload a document (SubmitFeed)",
                operation);
        onlyWhere(c.isAllowEmptyFeed(), "allowEmptyFeed", operation.carriesBody(), "operations that upload a document (SubmitFeed)", operation);
        onlyWhere(c.getFeedCharset() != null, "feedCharset", operation.carriesBody(), "operations that upload a document (SubmitFeed)", operation);
        onlyWhere(c.isAwait(), "await", operation.startsWorkflow().isPresent(), "operations that start a workflow (RequestReport, SubmitFeed)",
                operation);
        onlyWhere(c.isFailOnNoData(), "failOnNoData", family == Family.REPORT_WORKFLOW, "RequestReport with await=true", operation);
        onlyWhere(c.isAcknowledge(), "acknowledge", family == Family.REPORT_WORKFLOW, "RequestReport with await=true", operation);
        onlyWhere(c.isFailOnFeedErrors(), "failOnFeedErrors", family == Family.FEED_WORKFLOW, "SubmitFeed with await=true", operation);
        java.util.Optional<io.camelmws.component.catalog.PollSpec> poll = operation.polled();
        onlyWhere(c.isIncludeItems(), "includeItems", poll.map(p -> p.details() != null).orElse(false),
                "consumers of lists whose items have parts (from(\"mws:ListOrders\"))", operation);
        onlyWhere(c.getReportTypes() != null, "reportTypes", poll.map(p -> p.typeList() != null).orElse(false),
                "consumers of lists that filter by report type (from(\"mws:GetReportList\"))", operation);
        onlyWhere(c.getReportSchedule() != null, "reportSchedule", poll.map(p -> p.schedule() != null).orElse(false),
                "consumers of lists that schedule reports (from(\"mws:GetReportList\"))", operation);
        if (c.getReportSchedule() != null && (c.getReportTypes() == null || c.getReportTypes().isBlank())) {
            throw new IllegalArgumentException("Option reportSchedule needs reportTypes: the report types to schedule with ManageReportSchedule");
        }
    }

    private static void onlyWhere(boolean set, String option, boolean applies, String where, Operation operation) {
        if (set && !applies) {
            throw new IllegalArgumentException("Option " + option + " applies to " + where + " only, not to " + operation.name());
        }
    }

    /** The charset MWS expects for flat files in the endpoint's (first) marketplace; ISO-8859-1, NA's and EU's, when none is named. */
    private static Charset flatFileCharset(MwsCatalog catalog, MwsConfiguration c) {
        return c.marketplaceIds().stream().findFirst().flatMap(catalog::marketplaceById)
                .map(marketplace -> Charset.forName(marketplace.flatFileCharset())).orElse(StandardCharsets.ISO_8859_1);
    }

    /** The ByNextToken operation that continues {@code target}: its catalog partner, or itself for a ByNextToken operation. */
    static ResolvedOperation nextPageOperation(MwsCatalog catalog, ResolvedOperation target) {
        String next = target.operation().nextToken().orElse(target.operation().takes("NextToken") ? target.action() : null);
        if (next == null) {
            throw new IllegalArgumentException("autoPaginate=true, but " + target.action() + " has no ByNextToken operation to continue with"
                                               + " (operations that page: " + catalog.sections().stream()
                                                       .flatMap(section -> section.operations().values().stream())
                                                       .filter(operation -> operation.nextTokenOperation() != null)
                                                       .map(Operation::name).distinct().toList() + ")");
        }
        return new OperationResolver(catalog).resolve(next, target.section().name(), target.version());
    }

    private static HttpHost proxy(MwsConfiguration c) {
        if (c.getProxyHost() == null || c.getProxyHost().isBlank()) {
            return null;
        }
        if (c.getHttpClient() != null) {
            throw new IllegalArgumentException("proxyHost cannot be combined with a custom httpClient; configure the proxy on that client");
        }
        if (c.getProxyPort() == null || c.getProxyPort() < 1 || c.getProxyPort() > 65535) {
            throw new IllegalArgumentException("proxyPort must be between 1 and 65535 when proxyHost is set, was " + c.getProxyPort());
        }
        if (c.getProxyProtocol() == null) {
            throw new IllegalArgumentException("proxyProtocol must be one of HTTP, HTTPS");
        }
        return new HttpHost(c.getProxyProtocol().scheme(), c.getProxyHost(), c.getProxyPort());
    }

    private static void required(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " must be set (as an endpoint option or camel.component.mws." + option + ")");
        }
    }

    private static void atLeast(long value, long minimum, String option, String allowed) {
        if (value < minimum) {
            throw new IllegalArgumentException(option + " must be " + allowed + ", was " + value);
        }
    }

    private static long positive(long millis, String option) {
        if (millis <= 0) {
            throw new IllegalArgumentException(option + " must be positive (an infinite wait would hang a route), was " + millis + " ms");
        }
        return millis;
    }
}
