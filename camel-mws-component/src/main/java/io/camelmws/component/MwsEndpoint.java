package io.camelmws.component;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.HttpClientLogging;
import io.camelmws.component.http.HttpSettings;
import io.camelmws.component.http.MwsRequestFactory;
import io.camelmws.component.http.UserAgent;
import io.camelmws.component.invoke.InvokeSettings;
import io.camelmws.component.invoke.MwsInvoker;
import io.camelmws.component.report.DownloadProgress;
import io.camelmws.component.report.DownloadSpooler;
import io.camelmws.component.workflow.StatusPoller;
import io.camelmws.component.workflow.Workflows;
import io.camelmws.component.signing.RequestSigner;

/**
 * Call Amazon Marketplace Web Service (MWS): each exchange becomes one signed MWS request whose XML answer
 * (or downloaded document) becomes the message body.
 */
@ManagedResource(description = "Amazon MWS endpoint")
@UriEndpoint(firstVersion = "0.1.0", scheme = "mws", title = "Amazon MWS", syntax = "mws:action", producerOnly = true,
             category = { Category.CLOUD, Category.API }, headersClass = MwsConstants.class)
public class MwsEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(MwsEndpoint.class);

    @UriParam
    private MwsConfiguration configuration;

    private ResolvedOperation target;
    private String baseUrl;
    private MwsRequestFactory requestFactory;
    private HttpSettings httpSettings;
    private InvokeSettings invokeSettings;
    private ResolvedOperation nextPageOperation;
    private MwsInvoker invoker;
    private Charset flatFileCharset;
    private DownloadProgress downloadProgress;
    private Workflows workflows;

    public MwsEndpoint(String uri, MwsComponent component, MwsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /** Checks every option and resolves the operation, so a wrong URI fails when the endpoint is created. */
    void validate() {
        MwsConfiguration c = configuration;
        MwsCatalog catalog = MwsCatalog.standard();
        ResolvedOperation resolved = new OperationResolver(catalog).resolve(c.getAction(), c.getSection(), c.getVersion());
        String method = c.getHttpMethod() == null ? "" : c.getHttpMethod().toUpperCase(Locale.ROOT);
        if (!method.equals("POST") && !method.equals("GET")) {
            throw new IllegalArgumentException("httpMethod '" + c.getHttpMethod() + "' is not supported; allowed: POST, GET");
        }
        String url = catalog.resolveEndpoint(c.getEndpoint());
        RequestSigner signer = new RequestSigner(c.getSecretKey(), c.getSignatureMethod());
        MwsRequestFactory factory = new MwsRequestFactory(url, c.getAccessKey(), c.getSellerId(), c.getAuthToken(), signer, method.equals("GET"));
        HttpSettings settings = new HttpSettings(positive(c.getConnectTimeout(), "connectTimeout"), positive(c.getSocketTimeout(), "socketTimeout"),
                positive(c.getConnectionRequestTimeout(), "connectionRequestTimeout"), proxy(c),
                UserAgent.of(c.getApplicationName(), c.getApplicationVersion(), MwsVersion.VERSION));
        if (c.getMaxRetries() < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + c.getMaxRetries());
        }
        if (c.getMaxPages() < 0) {
            throw new IllegalArgumentException("maxPages must be 0 (all pages) or more, was " + c.getMaxPages());
        }
        if (c.getThrottling() == null) {
            throw new IllegalArgumentException("throttling must be one of WAIT, FAIL, OFF");
        }
        InvokeSettings invoke = new InvokeSettings(c.getThrottling(), Duration.ofMillis(positive(c.getMaxThrottleWait(), "maxThrottleWait")),
                c.getMaxRetries(), Duration.ofMillis(positive(c.getRetryDelay(), "retryDelay")),
                Duration.ofMillis(positive(c.getMaxRetryDelay(), "maxRetryDelay")));
        checkWorkflowOptions(c, resolved.action());
        this.flatFileCharset = flatFileCharset(catalog, c);
        this.nextPageOperation = c.isAutoPaginate() ? nextPageOperation(catalog, resolved) : null;
        this.target = resolved;
        this.baseUrl = url;
        this.requestFactory = factory;
        this.httpSettings = settings;
        this.invokeSettings = invoke;
    }

    /** Options that belong to one operation fail elsewhere, rather than being silently ignored. */
    private static void checkWorkflowOptions(MwsConfiguration c, String action) {
        boolean submitFeed = action.equals("SubmitFeed");
        boolean requestReport = action.equals("RequestReport");
        onlyFor(c.getFeedType() != null, "feedType", submitFeed, "SubmitFeed", action);
        onlyFor(c.getPurgeAndReplace() != null, "purgeAndReplace", submitFeed, "SubmitFeed", action);
        onlyFor(c.getFeedContentType() != null, "feedContentType", submitFeed, "SubmitFeed", action);
        onlyFor(c.getReportType() != null, "reportType", requestReport || action.equals("ManageReportSchedule"), "RequestReport and ManageReportSchedule", action);
        onlyFor(c.isAwait(), "await", requestReport || submitFeed, "RequestReport and SubmitFeed", action);
        onlyFor(c.isFailOnNoData(), "failOnNoData", requestReport && c.isAwait(), "RequestReport with await=true", action);
        onlyFor(c.isAcknowledge(), "acknowledge", requestReport && c.isAwait(), "RequestReport with await=true", action);
        onlyFor(c.isFailOnFeedErrors(), "failOnFeedErrors", submitFeed && c.isAwait(), "SubmitFeed with await=true", action);
        if (c.getDownloadSpoolThreshold() < 0) {
            throw new IllegalArgumentException("downloadSpoolThreshold must be 0 or more bytes, was " + c.getDownloadSpoolThreshold());
        }
        positive(c.getAwaitTimeout(), "awaitTimeout");
        positive(c.getAwaitPollInterval(), "awaitPollInterval");
        positive(c.getDownloadProgressInterval(), "downloadProgressInterval");
    }

    private static void onlyFor(boolean set, String option, boolean applies, String where, String action) {
        if (set && !applies) {
            throw new IllegalArgumentException("Option " + option + " applies to " + where + " only, not to " + action);
        }
    }

    /** The charset MWS expects for flat files in the endpoint's (first) marketplace; ISO-8859-1, NA's and EU's, when none is named. */
    private static Charset flatFileCharset(MwsCatalog catalog, MwsConfiguration c) {
        return c.marketplaceIds().stream().findFirst().flatMap(catalog::marketplaceById)
                .map(marketplace -> Charset.forName(marketplace.flatFileCharset())).orElse(StandardCharsets.ISO_8859_1);
    }

    /** The ByNextToken operation that continues {@code resolved}: its catalog partner, or itself for a ByNextToken operation. */
    private static ResolvedOperation nextPageOperation(MwsCatalog catalog, ResolvedOperation resolved) {
        String next = resolved.operation().nextToken().orElse(resolved.action().endsWith("ByNextToken") ? resolved.action() : null);
        if (next == null) {
            throw new IllegalArgumentException("autoPaginate=true, but " + resolved.action() + " has no ByNextToken operation to continue with"
                                               + " (operations that page: " + catalog.sections().stream()
                                                       .flatMap(section -> section.operations().values().stream())
                                                       .filter(operation -> operation.nextTokenOperation() != null)
                                                       .map(operation -> operation.name()).toList() + ")");
        }
        return new OperationResolver(catalog).resolve(next, resolved.section().name(), resolved.version());
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
        String protocol = c.getProxyProtocol() == null ? "http" : c.getProxyProtocol().toLowerCase(Locale.ROOT);
        if (!protocol.equals("http") && !protocol.equals("https")) {
            throw new IllegalArgumentException("proxyProtocol '" + c.getProxyProtocol() + "' is not supported; allowed: http, https");
        }
        return new HttpHost(protocol, c.getProxyHost(), c.getProxyPort());
    }

    private static long positive(long millis, String option) {
        if (millis <= 0) {
            throw new IllegalArgumentException(option + " must be positive (an infinite wait would hang a route), was " + millis + " ms");
        }
        return millis;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // Options may have been changed through the Java API after creation.
        validate();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        MwsComponent component = getComponent();
        downloadProgress = new DownloadProgress(Duration.ofMillis(configuration.getDownloadProgressInterval()));
        Path spoolDirectory = Path.of(configuration.getDownloadSpoolDirectory() != null ? configuration.getDownloadSpoolDirectory()
                : System.getProperty("java.io.tmpdir"));
        invoker = new MwsInvoker(requestFactory, this::httpClient, httpSettings, component.throttler(), configuration.getAccessKey(),
                configuration.getSellerId(), invokeSettings, component.clockFor(baseUrl), component.scheduler(), component.workers(),
                new DownloadSpooler(configuration.getDownloadSpoolThreshold(), spoolDirectory, downloadProgress, component.digests()));
        if (configuration.isAwait()) {
            workflows = new Workflows(invoker, poller(component, "GetReportRequestList", StatusPoller.Kind.REPORT),
                    poller(component, "GetFeedSubmissionList", StatusPoller.Kind.FEED), Duration.ofMillis(configuration.getAwaitTimeout()),
                    contentType -> DocumentCharsets.of(contentType, flatFileCharset));
        }
        boolean queryCarriesSecrets = "GET".equalsIgnoreCase(configuration.getHttpMethod()) || target.operation().carriesBody();
        if (queryCarriesSecrets && HttpClientLogging.requestLinesLogged()) {
            LOG.warn("{} sends its signed parameters (Signature, MWSAuthToken) in the request line, and HttpClient's DEBUG loggers {}"
                     + " print request lines. Keep those loggers at INFO{}.", this, HttpClientLogging.REQUEST_LINE_LOGGERS,
                    target.operation().carriesBody() ? "" : ", or use httpMethod=POST (the default)");
        }
    }

    private StatusPoller poller(MwsComponent component, String listAction, StatusPoller.Kind kind) {
        ResolvedOperation list = new OperationResolver(MwsCatalog.standard()).resolve(listAction, null, null);
        String key = baseUrl + "|" + Integer.toHexString(configuration.getAccessKey().hashCode()) + "|" + configuration.getSellerId() + "|" + listAction;
        return component.poller(key, () -> new StatusPoller(invoker, list, kind, component.scheduler(),
                Duration.ofMillis(configuration.getAwaitPollInterval())));
    }

    @Override
    public Producer createProducer() {
        return new MwsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The mws component only supports producers (to(\"mws:...\"))");
    }

    CloseableHttpClient httpClient() {
        return configuration.getHttpClient() != null ? configuration.getHttpClient() : getComponent().sharedHttpClient();
    }

    @Override
    public MwsComponent getComponent() {
        return (MwsComponent) super.getComponent();
    }

    public MwsConfiguration getConfiguration() {
        return configuration;
    }

    public ResolvedOperation getTarget() {
        return target;
    }

    MwsRequestFactory requestFactory() {
        return requestFactory;
    }

    HttpSettings httpSettings() {
        return httpSettings;
    }

    MwsInvoker invoker() {
        return invoker;
    }

    Charset flatFileCharset() {
        return flatFileCharset;
    }

    Workflows workflows() {
        return workflows;
    }

    @ManagedAttribute(description = "Bytes of reports and processing reports downloaded by this endpoint")
    public long getDownloadedBytes() {
        return downloadProgress == null ? 0 : downloadProgress.totalBytes();
    }

    @ManagedAttribute(description = "Downloads running now")
    public int getActiveDownloads() {
        return downloadProgress == null ? 0 : downloadProgress.activeDownloads();
    }

    @ManagedAttribute(description = "Rate of the latest download, bytes per second")
    public double getDownloadBytesPerSecond() {
        return downloadProgress == null ? 0 : downloadProgress.lastBytesPerSecond();
    }

    /** The operation autoPaginate continues with, or null when the endpoint does not page. */
    ResolvedOperation nextPageOperation() {
        return nextPageOperation;
    }

    @Override
    public String getServiceUrl() {
        return baseUrl;
    }

    @Override
    public String getServiceProtocol() {
        return "https";
    }
}
