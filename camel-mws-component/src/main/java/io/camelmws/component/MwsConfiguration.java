package io.camelmws.component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

import io.camelmws.component.http.HttpMethod;
import io.camelmws.component.http.ProxyProtocol;
import io.camelmws.component.signing.SignatureMethod;
import io.camelmws.component.throttle.ThrottlingMode;

/**
 * Every option of the mws component. The component holds one instance; each endpoint gets a {@link #copy()}
 * that its URI options then override.
 */
@UriParams
public class MwsConfiguration implements Cloneable {

    @UriPath(description = "The MWS Action to call, e.g. ListOrders, GetReport, SubmitFeed")
    @Metadata(required = true)
    private String action;

    @UriParam(label = "common")
    @Metadata(required = true)
    private String endpoint;
    @UriParam(label = "common")
    private String section;
    @UriParam(label = "common")
    private String version;
    @UriParam(label = "common")
    private String marketplaceId;
    @UriParam(label = "common", prefix = "param.", multiValue = true)
    private Map<String, Object> parameters = new LinkedHashMap<>();

    @UriParam(label = "security", secret = true)
    @Metadata(required = true)
    private String accessKey;
    @UriParam(label = "security", secret = true)
    @Metadata(required = true)
    private String secretKey;
    @UriParam(label = "security")
    @Metadata(required = true)
    private String sellerId;
    @UriParam(label = "security", secret = true)
    private String authToken;
    @UriParam(label = "security", defaultValue = "HmacSHA256", enums = "HmacSHA256,HmacSHA1")
    private SignatureMethod signatureMethod = SignatureMethod.HmacSHA256;

    @UriParam(label = "producer", defaultValue = "WAIT", enums = "WAIT,FAIL,OFF")
    private ThrottlingMode throttling = ThrottlingMode.WAIT;
    @UriParam(label = "producer", defaultValue = "3600000", javaType = "java.time.Duration")
    private long maxThrottleWait = 3_600_000;
    @UriParam(label = "producer", defaultValue = "3")
    private int maxRetries = 3;
    @UriParam(label = "producer", defaultValue = "500", javaType = "java.time.Duration")
    private long retryDelay = 500;
    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration")
    private long maxRetryDelay = 30_000;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean autoPaginate;
    @UriParam(label = "producer", defaultValue = "0")
    private int maxPages;
    @UriParam(label = "producer", defaultValue = "XML", enums = "XML,MODEL,JSON,ROWS")
    private ResultFormat resultFormat = ResultFormat.XML;

    @UriParam(label = "producer,feed")
    private String feedCharset;
    @UriParam(label = "producer,feed")
    private String feedType;
    @UriParam(label = "producer,feed")
    private Boolean purgeAndReplace;
    @UriParam(label = "producer,feed")
    private String feedContentType;
    @UriParam(label = "producer,feed", defaultValue = "false")
    private boolean failOnFeedErrors;
    @UriParam(label = "producer,report")
    private String reportType;
    @UriParam(label = "producer,report", defaultValue = "false")
    private boolean failOnNoData;
    @UriParam(label = "producer,report", defaultValue = "false")
    private boolean acknowledge;
    @UriParam(label = "producer,workflow", defaultValue = "false")
    private boolean await;
    @UriParam(label = "producer,workflow", defaultValue = "7200000", javaType = "java.time.Duration")
    private long awaitTimeout = 7_200_000;
    @UriParam(label = "producer,workflow", defaultValue = "30000", javaType = "java.time.Duration")
    private long awaitPollInterval = 30_000;
    @UriParam(label = "producer,download", defaultValue = "1048576")
    private long downloadSpoolThreshold = 1024 * 1024;
    @UriParam(label = "producer,download")
    private String downloadSpoolDirectory;
    @UriParam(label = "producer,download", defaultValue = "false")
    private boolean downloadLocalWorkPath;
    @UriParam(label = "producer,download", defaultValue = "10000", javaType = "java.time.Duration")
    private long downloadProgressInterval = 10_000;

    @UriParam(label = "advanced", defaultValue = "POST", enums = "POST,GET")
    private HttpMethod httpMethod = HttpMethod.POST;
    @UriParam(label = "advanced", defaultValue = "camel-mws")
    private String applicationName = "camel-mws";
    @UriParam(label = "advanced")
    private String applicationVersion = MwsVersion.VERSION;

    @UriParam(label = "timeout", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;
    @UriParam(label = "timeout", defaultValue = "60000", javaType = "java.time.Duration")
    private long socketTimeout = 60_000;
    @UriParam(label = "timeout", defaultValue = "30000", javaType = "java.time.Duration")
    private long connectionRequestTimeout = 30_000;
    @UriParam(label = "timeout", defaultValue = "300000", javaType = "java.time.Duration")
    private long requestTimeout = 300_000;
    @UriParam(label = "producer,advanced", defaultValue = "67108864")
    private long maxAnswerSize = 64L * 1024 * 1024;
    @UriParam(label = "producer,feed", defaultValue = "false")
    private boolean allowEmptyFeed;

    @UriParam(label = "proxy")
    private String proxyHost;
    @UriParam(label = "proxy")
    private Integer proxyPort;
    @UriParam(label = "proxy", defaultValue = "HTTP", enums = "HTTP,HTTPS")
    private ProxyProtocol proxyProtocol = ProxyProtocol.HTTP;

    @UriParam(label = "advanced")
    @Metadata(autowired = true)
    private CloseableHttpClient httpClient;

    @UriParam(label = "common")
    private String orderStatus;
    @UriParam(label = "common")
    private String fulfillmentChannel;
    @UriParam(label = "consumer", defaultValue = "P1D")
    private String initialLastUpdatedAfter = "P1D";
    @UriParam(label = "consumer")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer")
    private String stateFile;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean includeItems;
    @UriParam(label = "consumer,report")
    private String reportTypes;
    @UriParam(label = "consumer,report")
    private String reportSchedule;
    @UriParam(label = "consumer", defaultValue = "86400000", javaType = "java.time.Duration")
    private long maxPollWindow = 86_400_000L;

    public String getAction() {
        return action;
    }

    /** The MWS Action to call, e.g. ListOrders, GetReport, SubmitFeed. */
    public void setAction(String action) {
        this.action = action;
    }

    public String getEndpoint() {
        return endpoint;
    }

    /**
     * Where MWS is: a region (NA, EU, FE, IN, CN), a marketplace code (US, CA, MX, BR, DE, ES, FR, IT, UK, NL, SE, PL,
     * BE, TR, SA, EG, AE, IN, JP, AU, SG, CN) or a base URL. HTTPS is required except for loopback addresses, so
     * http://127.0.0.1:PORT reaches the camel-mws sandbox.
     */
    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getSection() {
        return section;
    }

    /**
     * The API section (Feeds, Reports, Orders, Products, Sellers, ...). Taken from the catalog by default; needed for
     * GetServiceStatus, which every section but Feeds and Reports has, and to call an operation the catalog does not
     * know (together with version).
     */
    public void setSection(String section) {
        this.section = section;
    }

    public String getVersion() {
        return version;
    }

    /** The API version of the section, e.g. 2013-09-01. Taken from the catalog by default. */
    public void setVersion(String version) {
        this.version = version;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    /**
     * One MarketplaceId or a comma-separated list, sent with the section's list naming (MarketplaceId.Id.1 for Orders,
     * MarketplaceIdList.Id.1 for Feeds and Reports) to the operations that take marketplaces.
     */
    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    /** The marketplace ids of {@link #getMarketplaceId()}, trimmed, empty when none. */
    public List<String> marketplaceIds() {
        List<String> ids = new ArrayList<>();
        if (marketplaceId != null) {
            for (String id : marketplaceId.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        return ids;
    }

    public Map<String, Object> getParameters() {
        return parameters;
    }

    /**
     * Operation parameters by MWS name, e.g. param.ReportId=123 or param.CreatedAfter=2024-01-01T00:00:00Z. A list
     * parameter takes a comma-separated value and is expanded with the catalog's naming (ReportTypeList.Type.1, ...).
     * The CamelMwsParameters header overrides them per message.
     */
    public void setParameters(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    public String getAccessKey() {
        return accessKey;
    }

    /** The MWS developer access key id (AWSAccessKeyId). */
    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    /** The MWS developer secret key that signs every request. Never sent, never logged. */
    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSellerId() {
        return sellerId;
    }

    /** The seller's merchant token, sent as Merchant to Feeds and Reports and as SellerId to the other sections. */
    public void setSellerId(String sellerId) {
        this.sellerId = sellerId;
    }

    public String getAuthToken() {
        return authToken;
    }

    /** The MWSAuthToken a seller granted to a third-party developer; leave empty when the seller uses its own keys. */
    public void setAuthToken(String authToken) {
        this.authToken = authToken;
    }

    public SignatureMethod getSignatureMethod() {
        return signatureMethod;
    }

    /** The HMAC of Signature Version 2: HmacSHA256 (recommended) or HmacSHA1. */
    public void setSignatureMethod(SignatureMethod signatureMethod) {
        this.signatureMethod = signatureMethod;
    }

    public ThrottlingMode getThrottling() {
        return throttling;
    }

    /**
     * What to do when the operation's quota (burst, restore rate and hourly quota of the catalog, shared by every endpoint
     * calling for the same seller) has no request left: WAIT for it without holding a thread, FAIL at once with an
     * MwsThrottledException that says when the next request is due, or OFF (no client-side throttling).
     */
    public void setThrottling(ThrottlingMode throttling) {
        this.throttling = throttling;
    }

    public long getMaxThrottleWait() {
        return maxThrottleWait;
    }

    /** The longest a call may wait for its quota (including an hourly quota's reset); beyond it the call fails instead. */
    public void setMaxThrottleWait(long maxThrottleWait) {
        this.maxThrottleWait = maxThrottleWait;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a call is repeated after a retryable failure: RequestThrottled, QuotaExceeded, InternalError,
     * ServiceUnavailable, HTTP 500/502/503/504, and I/O failures where repeating is safe. 0 disables retries.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    /** The base of the exponential back-off between retries (each delay is random up to retryDelay * 2^(attempt-1)). */
    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    /** The longest single back-off delay. */
    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public boolean isAutoPaginate() {
        return autoPaginate;
    }

    /**
     * Follow NextToken through the operation's ByNextToken operation: the body becomes a lazy Iterator of page messages
     * (each with its own CamelMwsNextToken and CamelMwsPageNumber headers), fetched only when the iterator is advanced,
     * e.g. by split(body()).streaming().
     */
    public void setAutoPaginate(boolean autoPaginate) {
        this.autoPaginate = autoPaginate;
    }

    public ResultFormat getResultFormat() {
        return resultFormat;
    }

    /**
     * What the body of an answer is: XML (the answer as MWS sent it, a String), MODEL (its Result element as the typed
     * model, e.g. io.camelmws.component.model.orders.ListOrdersResult) or JSON (that model as typed JSON text). MODEL
     * and JSON apply to the operations the catalog gives a model (the user guide lists them); with autoPaginate every
     * page carries the chosen format. ROWS applies to flat-file documents (GetReport, RequestReport or SubmitFeed with
     * await=true): a lazy Iterator of Map rows keyed by the header line, read one line at a time.
     */
    public void setResultFormat(ResultFormat resultFormat) {
        this.resultFormat = resultFormat;
    }

    public int getMaxPages() {
        return maxPages;
    }

    /** With autoPaginate, the most pages to fetch (0: all); the last page's CamelMwsNextToken says where to resume. */
    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public String getFeedCharset() {
        return feedCharset;
    }

    /**
     * The charset the bytes of a flat-file feed are in, when it comes as a file, bytes or a stream (a String is text
     * already): it is decoded from this charset and sent in the marketplace's flat-file charset, a character that charset
     * cannot carry or a byte invalid in this one failing before anything is sent. Default: the CamelCharsetName header
     * (a file consumer's charset option sets it), else UTF-8. Not used when feedContentType is set.
     */
    public void setFeedCharset(String feedCharset) {
        this.feedCharset = feedCharset;
    }

    public String getFeedType() {
        return feedType;
    }

    /** The FeedType of SubmitFeed, e.g. _POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_ (a FeedType parameter wins over it). */
    public void setFeedType(String feedType) {
        this.feedType = feedType;
    }

    public Boolean getPurgeAndReplace() {
        return purgeAndReplace;
    }

    /** SubmitFeed's PurgeAndReplace: replace the whole inventory with this feed (MWS allows it once a day). */
    public void setPurgeAndReplace(Boolean purgeAndReplace) {
        this.purgeAndReplace = purgeAndReplace;
    }

    public String getFeedContentType() {
        return feedContentType;
    }

    /**
     * The Content-Type of the feed. By default a String feed is sent as text/xml; charset=UTF-8 when it is XML and as
     * text/tab-separated-values in the marketplace's charset (ISO-8859-1 for NA and EU, Shift_JIS for JP, UTF-8 for CN)
     * otherwise; other bodies as application/octet-stream. A charset named here is also used to encode a String feed.
     */
    public void setFeedContentType(String feedContentType) {
        this.feedContentType = feedContentType;
    }

    public boolean isFailOnFeedErrors() {
        return failOnFeedErrors;
    }

    /** With await, fail the exchange with an MwsFeedProcessingException when the processing report has any error. */
    public void setFailOnFeedErrors(boolean failOnFeedErrors) {
        this.failOnFeedErrors = failOnFeedErrors;
    }

    public String getReportType() {
        return reportType;
    }

    /** The ReportType of RequestReport or ManageReportSchedule, e.g. _GET_FLAT_FILE_OPEN_LISTINGS_DATA_ (a ReportType parameter wins). */
    public void setReportType(String reportType) {
        this.reportType = reportType;
    }

    public boolean isFailOnNoData() {
        return failOnNoData;
    }

    /** With await, fail with an MwsReportNoDataException when the report is _DONE_NO_DATA_ instead of continuing with an empty body. */
    public void setFailOnNoData(boolean failOnNoData) {
        this.failOnNoData = failOnNoData;
    }

    public boolean isAcknowledge() {
        return acknowledge;
    }

    /** With await, acknowledge the report (UpdateReportAcknowledgements) once the exchange has completed successfully. */
    public void setAcknowledge(boolean acknowledge) {
        this.acknowledge = acknowledge;
    }

    public boolean isAwait() {
        return await;
    }

    /**
     * Run the whole workflow in one step: RequestReport waits until the report is done and continues with the report
     * as the body; SubmitFeed waits until the feed is processed and continues with its processing report. Waiting holds
     * no thread, and pending workflows share their status polls. A message that already carries CamelMwsReportRequestId
     * (or CamelMwsFeedSubmissionId) resumes that workflow instead of starting a new one.
     */
    public void setAwait(boolean await) {
        this.await = await;
    }

    public long getAwaitTimeout() {
        return awaitTimeout;
    }

    /** The longest a workflow waits for MWS to finish a report or feed; it then fails with the id in its headers. */
    public void setAwaitTimeout(long awaitTimeout) {
        this.awaitTimeout = awaitTimeout;
    }

    public long getAwaitPollInterval() {
        return awaitPollInterval;
    }

    /**
     * How often pending workflows ask MWS for their status (one call for all of them, within the operation's quota). An
     * MWS interval: against a sandbox running faster (the component's timeScale), polls come as much sooner.
     */
    public void setAwaitPollInterval(long awaitPollInterval) {
        this.awaitPollInterval = awaitPollInterval;
    }

    public long getDownloadSpoolThreshold() {
        return downloadSpoolThreshold;
    }

    /** Downloads larger than this many bytes are spooled to a temporary file while their MD5 is verified; smaller ones stay in memory. */
    public void setDownloadSpoolThreshold(long downloadSpoolThreshold) {
        this.downloadSpoolThreshold = downloadSpoolThreshold;
    }

    public String getDownloadSpoolDirectory() {
        return downloadSpoolDirectory;
    }

    /** Where large downloads are spooled; the JVM's temporary directory by default. Files are deleted when the exchange completes. */
    public void setDownloadSpoolDirectory(String downloadSpoolDirectory) {
        this.downloadSpoolDirectory = downloadSpoolDirectory;
    }

    public boolean isDownloadLocalWorkPath() {
        return downloadLocalWorkPath;
    }

    /**
     * Sets the CamelFileLocalWorkPath header to a verified download spooled to a file, as camel-ftp does for its
     * localWorkDirectory: a following file producer then moves the file into place instead of copying it (a rename
     * when downloadSpoolDirectory is on the target's file system). The file can be moved once only: do not send the
     * message to two file endpoints.
     */
    public void setDownloadLocalWorkPath(boolean downloadLocalWorkPath) {
        this.downloadLocalWorkPath = downloadLocalWorkPath;
    }

    public long getDownloadProgressInterval() {
        return downloadProgressInterval;
    }

    /** How often a running download logs its progress (bytes so far and rate). */
    public void setDownloadProgressInterval(long downloadProgressInterval) {
        this.downloadProgressInterval = downloadProgressInterval;
    }

    public HttpMethod getHttpMethod() {
        return httpMethod;
    }

    /**
     * POST sends the signed parameters as a form body; GET sends them in the query string (a GET whose request line
     * would exceed 8190 bytes is sent as POST). Operations that upload a document always use POST.
     */
    public void setHttpMethod(HttpMethod httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getApplicationName() {
        return applicationName;
    }

    /** The application name of the User-Agent MWS asks for (AppName/AppVersion (Language=Java/...; Platform=...)). */
    public void setApplicationName(String applicationName) {
        this.applicationName = applicationName;
    }

    public String getApplicationVersion() {
        return applicationVersion;
    }

    /** The application version of the User-Agent; defaults to the component's version. */
    public void setApplicationVersion(String applicationVersion) {
        this.applicationVersion = applicationVersion;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for a TCP (and TLS) connection to MWS. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getSocketTimeout() {
        return socketTimeout;
    }

    /** How long to wait for the answer (and between two packets of it) before giving up. */
    public void setSocketTimeout(long socketTimeout) {
        this.socketTimeout = socketTimeout;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    /** How long to wait for a free connection from the component's pool. */
    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /** An HTTP proxy to reach MWS through. */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /** The proxy's port. */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public ProxyProtocol getProxyProtocol() {
        return proxyProtocol;
    }

    /** How to talk to the proxy: HTTP or HTTPS. */
    public void setProxyProtocol(ProxyProtocol proxyProtocol) {
        this.proxyProtocol = proxyProtocol;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * The longest one request may take until its whole XML answer, or a download's headers, has arrived; then it is
     * cancelled and handled like a lost connection (retried where that is safe). socketTimeout bounds only the
     * silence between two packets, which an answer trickling in never reaches. Downloads are bounded by socketTimeout
     * and report their progress instead: a large report may rightly take longer.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getMaxAnswerSize() {
        return maxAnswerSize;
    }

    /**
     * The largest XML answer, in bytes, read into memory; a larger one fails with an MwsException before it is read. MWS
     * pages are far smaller (a page of 100 orders is a few hundred KB); reports and processing reports are streamed to
     * a file instead and are not bounded by this.
     */
    public void setMaxAnswerSize(long maxAnswerSize) {
        this.maxAnswerSize = maxAnswerSize;
    }

    public boolean isAllowEmptyFeed() {
        return allowEmptyFeed;
    }

    /**
     * Send a feed with an empty body (0 bytes) instead of refusing it before sending. No MWS feed type is documented to
     * need an empty body, and an empty one is nearly always a route's mistake (a file picked up before it was written,
     * a split that produced nothing), which MWS would turn into a submission to wait for and nothing applied.
     */
    public void setAllowEmptyFeed(boolean allowEmptyFeed) {
        this.allowEmptyFeed = allowEmptyFeed;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    /**
     * A pre-configured Apache HttpClient 5 to send requests with, instead of the component's own pool. The
     * component never closes a client it did not create.
     */
    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public String getOrderStatus() {
        return orderStatus;
    }

    /**
     * Order statuses to list, comma-separated (Pending, Unshipped, PartiallyShipped, Shipped, Canceled, ...): sent as
     * OrderStatus.Status.n by ListOrders, in the consumer's polls as well as in a producer's call.
     */
    public void setOrderStatus(String orderStatus) {
        this.orderStatus = orderStatus;
    }

    public String getFulfillmentChannel() {
        return fulfillmentChannel;
    }

    /** Fulfillment channels to list, comma-separated (AFN, MFN): sent as FulfillmentChannel.Channel.n by ListOrders. */
    public void setFulfillmentChannel(String fulfillmentChannel) {
        this.fulfillmentChannel = fulfillmentChannel;
    }

    public String getInitialLastUpdatedAfter() {
        return initialLastUpdatedAfter;
    }

    /**
     * Where the consumer's first poll starts when no watermark is stored yet: a duration back from now (P1D,
     * PT6H, or Camel's 1d, 12h, 90m) or an ISO-8601 instant (2026-11-01T00:00:00Z). Later polls start where the
     * previous one ended. It is the first window's start of every consumer: LastUpdatedAfter of ListOrders,
     * AvailableFromDate of GetReportList, SubmittedFromDate of GetFeedSubmissionList, PostedAfter of
     * ListFinancialEvents, QueryStartDateTime of ListInventorySupply.
     */
    public void setInitialLastUpdatedAfter(String initialLastUpdatedAfter) {
        this.initialLastUpdatedAfter = initialLastUpdatedAfter;
    }

    public long getMaxPollWindow() {
        return maxPollWindow;
    }

    /**
     * With from(mws:ListOrders): the longest stretch of time one listing covers. A poll whose watermark is further
     * back (the first run over a backlog, or after a long stop) closes its window itself (LastUpdatedBefore) at the
     * watermark plus this, delivers that window's orders, commits, and goes on with the next window in the same poll
     * until it reaches MWS's present; so a poll holds one window's orders in memory, never the whole backlog. A window
     * that listed more than 2 000 orders makes the next one shorter in proportion, and quiet windows let it grow back
     * to this; each window costs one ListOrders request of the seller's quota. With from(mws:ListFinancialEvents), whose windows the consumer always
     * closes (PostedBefore), a window likewise ends at most this long after its PostedAfter.
     */
    public void setMaxPollWindow(long maxPollWindow) {
        this.maxPollWindow = maxPollWindow;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where the consumer keeps its watermark (where the last completed poll's listing ended: the LastUpdatedBefore MWS
     * answered for orders), keyed by seller, MWS endpoint, action and filters. In memory when neither this nor stateFile is set.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Where the consumer remembers the item versions it delivered (AmazonOrderId|LastUpdateDate, ReportId|AvailableDate,
     * FeedSubmissionId|SubmittedDate), so that the overlap of two polls is not delivered twice. In memory when neither this nor stateFile is set.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getStateFile() {
        return stateFile;
    }

    /**
     * A file for the consumer's watermark (Camel's FileStateRepository); the delivered order versions go to a
     * FileIdempotentRepository beside it (the same name with .delivered appended). Instead of stateRepository and
     * idempotentRepository.
     */
    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
    }

    public boolean isIncludeItems() {
        return includeItems;
    }

    /**
     * With from("mws:ListOrders"): fetch each order's items (ListOrderItems and its next pages, within their own quota)
     * before the order is routed, and attach them to it: an OrderItems element in the XML, orderItems in the model and
     * JSON. An order whose items cannot be fetched is not delivered and holds the watermark, like a failed exchange.
     */
    public void setIncludeItems(boolean includeItems) {
        this.includeItems = includeItems;
    }

    public String getReportTypes() {
        return reportTypes;
    }

    /**
     * With from("mws:GetReportList"): the report types to deliver, comma-separated (_GET_FLAT_FILE_ORDERS_DATA_, ...),
     * sent as ReportTypeList.Type.n; every type when not set. Also the types reportSchedule schedules.
     */
    public void setReportTypes(String reportTypes) {
        this.reportTypes = reportTypes;
    }

    public String getReportSchedule() {
        return reportSchedule;
    }

    /**
     * With from("mws:GetReportList"): schedule every type of reportTypes with ManageReportSchedule and this Schedule
     * (_15_MINUTES_, _1_HOUR_, _1_DAY_, ... or _NEVER_ to remove the schedule) when the consumer starts, so MWS
     * generates the reports the consumer then collects. The consumer does not start when MWS refuses it.
     */
    public void setReportSchedule(String reportSchedule) {
        this.reportSchedule = reportSchedule;
    }

    /** A copy whose parameter map can change without touching this one. */
    public MwsConfiguration copy() {
        try {
            MwsConfiguration copy = (MwsConfiguration) clone();
            copy.parameters = new LinkedHashMap<>(parameters);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
