package io.camelmws.component;

import org.apache.camel.spi.Metadata;

/** Message headers the mws component reads and writes. */
public final class MwsConstants {

    @Metadata(label = "producer", description = "Operation parameters by MWS name for this message only; they override the"
                                                + " endpoint's param.* options. A null value removes a parameter.",
              javaType = "java.util.Map<String, Object>")
    public static final String PARAMETERS = "CamelMwsParameters";

    /**
     * The prefix of headers that each set one operation parameter, {@code CamelMwsParam.LastUpdatedAfter}: the way YAML and
     * other DSLs that cannot build a Map give a parameter per message. They win over the CamelMwsParameters map,
     * which wins over the endpoint's {@code param.*} options.
     */
    @Metadata(label = "producer", description = "Headers named CamelMwsParam.<Parameter> each set one MWS operation parameter for this"
                                                + " message (e.g. CamelMwsParam.LastUpdatedAfter); they win over CamelMwsParameters, which"
                                                + " wins over the endpoint's param.* options.", javaType = "Object")
    public static final String PARAM_PREFIX = "CamelMwsParam.";

    @Metadata(label = "producer", description = "The MWS Action that was called.", javaType = "String")
    public static final String ACTION = "CamelMwsAction";

    @Metadata(label = "producer", description = "The request id MWS assigned (x-mws-request-id); quote it in support cases.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelMwsRequestId";

    @Metadata(label = "producer", description = "MWS's own time of the answer (x-mws-timestamp).", javaType = "java.time.Instant")
    public static final String TIMESTAMP = "CamelMwsTimestamp";

    @Metadata(label = "producer", description = "The hourly request quota of the operation (x-mws-quota-max), where MWS sends it.",
              javaType = "Double")
    public static final String QUOTA_MAX = "CamelMwsQuotaMax";

    @Metadata(label = "producer", description = "Requests left in the current hourly window (x-mws-quota-remaining).",
              javaType = "Double")
    public static final String QUOTA_REMAINING = "CamelMwsQuotaRemaining";

    @Metadata(label = "producer", description = "When the hourly window resets (x-mws-quota-resetsOn).", javaType = "java.time.Instant")
    public static final String QUOTA_RESETS_ON = "CamelMwsQuotaResetsOn";

    @Metadata(label = "producer", description = "MWS's opaque response context (x-mws-response-context).", javaType = "String")
    public static final String RESPONSE_CONTEXT = "CamelMwsResponseContext";

    @Metadata(label = "producer", description = "The NextToken of the result, present when more pages exist; pass it to the"
                                                + " ByNextToken operation.",
              javaType = "String")
    public static final String NEXT_TOKEN = "CamelMwsNextToken";

    @Metadata(label = "producer", description = "Where MWS ended a ListOrders window by LastUpdatedAfter (the answer's LastUpdatedBefore):"
                                                + " the next window's LastUpdatedAfter, so a watermark needs no XPath and no client clock.",
              javaType = "java.time.Instant")
    public static final String LAST_UPDATED_BEFORE = "CamelMwsLastUpdatedBefore";

    @Metadata(label = "producer", description = "With resultFormat=ROWS, the column names of the flat file's header line, in order.",
              javaType = "java.util.List<String>")
    public static final String COLUMNS = "CamelMwsColumns";

    @Metadata(label = "producer", description = "Where MWS ended a ListOrders window by CreatedAfter (the answer's CreatedBefore).",
              javaType = "java.time.Instant")
    public static final String CREATED_BEFORE = "CamelMwsCreatedBefore";

    @Metadata(label = "producer", description = "The HTTP status of the answer, also set when the call failed.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelMwsHttpStatus";

    @Metadata(label = "producer", description = "How many times the call was sent, retries included.", javaType = "Integer")
    public static final String ATTEMPTS = "CamelMwsAttempts";

    @Metadata(label = "producer", description = "How long the call waited for the client-side quota, in milliseconds.", javaType = "Long")
    public static final String THROTTLE_WAIT_MILLIS = "CamelMwsThrottleWaitMillis";

    @Metadata(label = "producer", description = "With autoPaginate, the number of this page (1 for the first).", javaType = "Integer")
    public static final String PAGE_NUMBER = "CamelMwsPageNumber";

    @Metadata(label = "producer,consumer", description = "The FeedSubmissionId MWS gave a SubmitFeed; with from(\"mws:GetFeedSubmissionList\"),"
                                                         + " the finished submission the message holds.", javaType = "String")
    public static final String FEED_SUBMISSION_ID = "CamelMwsFeedSubmissionId";

    @Metadata(label = "producer", description = "The ReportRequestId MWS gave a RequestReport.", javaType = "String")
    public static final String REPORT_REQUEST_ID = "CamelMwsReportRequestId";

    @Metadata(label = "producer", description = "True when the answer to a SubmitFeed was lost and the submission was found at MWS"
                                                + " (GetFeedSubmissionList) instead of being sent again; the body is then rebuilt from it.",
              javaType = "Boolean")
    public static final String RECOVERED = "CamelMwsRecovered";

    @Metadata(label = "producer", description = "True when an awaited RequestReport or SubmitFeed was not sent because the same request"
                                                + " (same seller, parameters and, for a feed, Content-MD5) had been started by another instance,"
                                                + " or by this one before a restart, and recorded in the workflow store: its id was awaited instead.",
              javaType = "Boolean")
    public static final String ADOPTED = "CamelMwsAdopted";

    @Metadata(label = "producer,consumer", description = "The ReportId of the downloaded report (await=true, or from(\"mws:GetReportList\")).",
              javaType = "String")
    public static final String REPORT_ID = "CamelMwsReportId";

    @Metadata(label = "producer", description = "The report request's final ReportProcessingStatus (await=true): _DONE_ or _DONE_NO_DATA_.",
              javaType = "String")
    public static final String REPORT_PROCESSING_STATUS = "CamelMwsReportProcessingStatus";

    @Metadata(label = "producer", description = "The feed submission's final FeedProcessingStatus (await=true).", javaType = "String")
    public static final String FEED_PROCESSING_STATUS = "CamelMwsFeedProcessingStatus";

    @Metadata(label = "producer", description = "Messages the feed's processing report counts as processed (await=true).", javaType = "Integer")
    public static final String MESSAGES_PROCESSED = "CamelMwsMessagesProcessed";

    @Metadata(label = "producer", description = "Messages processed successfully (await=true).", javaType = "Integer")
    public static final String MESSAGES_SUCCESSFUL = "CamelMwsMessagesSuccessful";

    @Metadata(label = "producer", description = "Messages with an error (await=true).", javaType = "Integer")
    public static final String MESSAGES_WITH_ERROR = "CamelMwsMessagesWithError";

    @Metadata(label = "producer", description = "Messages with a warning (await=true).", javaType = "Integer")
    public static final String MESSAGES_WITH_WARNING = "CamelMwsMessagesWithWarning";

    @Metadata(label = "producer", description = "The verified Content-MD5 of a downloaded report or processing report.", javaType = "String")
    public static final String CONTENT_MD5 = "CamelMwsContentMd5";

    @Metadata(label = "consumer", description = "The AmazonOrderId of the order the message holds.", javaType = "String")
    public static final String AMAZON_ORDER_ID = "CamelMwsAmazonOrderId";

    @Metadata(label = "consumer", description = "Which financial event the message holds, named by its list in ListFinancialEvents'"
                                                + " answer: ShipmentEvent, RefundEvent, GuaranteeClaimEvent or ChargebackEvent"
                                                + " (from(\"mws:ListFinancialEvents\")).",
              javaType = "String")
    public static final String FINANCIAL_EVENT_TYPE = "CamelMwsFinancialEventType";

    @Metadata(label = "consumer", description = "The financial event's PostedDate (from(\"mws:ListFinancialEvents\")).",
              javaType = "java.time.Instant")
    public static final String POSTED_DATE = "CamelMwsPostedDate";

    @Metadata(label = "consumer", description = "The key the consumer records a delivered item under in its idempotentRepository. For a"
                                                + " financial event, which MWS gives no id: its list, AmazonOrderId, a digest of the"
                                                + " event's values (order-independent) and its PostedDate. For an FBA supply"
                                                + " (from(\"mws:ListInventorySupply\")): its SellerSKU and a digest of its values, kept in the"
                                                + " stateRepository as the SKU's last delivered state.",
              javaType = "String")
    public static final String POLLED_KEY = "CamelMwsPolledKey";

    @Metadata(label = "consumer", description = "The SellerSKU of the FBA supply the message holds (from(\"mws:ListInventorySupply\")).",
              javaType = "String")
    public static final String SELLER_SKU = "CamelMwsSellerSKU";

    @Metadata(label = "consumer", description = "The QueryStartDateTime of the listing that delivered the FBA supply: its supply changed"
                                                + " at or after this instant, on MWS's clock (from(\"mws:ListInventorySupply\")).",
              javaType = "java.time.Instant")
    public static final String QUERY_START_DATE_TIME = "CamelMwsQueryStartDateTime";

    @Metadata(label = "consumer", description = "The order's LastUpdateDate: with the AmazonOrderId, which version of the order the"
                                                + " message holds.",
              javaType = "java.time.Instant")
    public static final String LAST_UPDATE_DATE = "CamelMwsLastUpdateDate";

    @Metadata(label = "consumer", description = "With from(\"mws:GetReportList\"): when MWS made the report available (its AvailableDate).",
              javaType = "java.time.Instant")
    public static final String AVAILABLE_DATE = "CamelMwsAvailableDate";

    @Metadata(label = "consumer", description = "With from(\"mws:GetReportList\"): the report's ReportType.", javaType = "String")
    public static final String REPORT_TYPE = "CamelMwsReportType";

    @Metadata(label = "consumer", description = "With from(\"mws:GetFeedSubmissionList\"): when MWS received the submission (SubmittedDate).",
              javaType = "java.time.Instant")
    public static final String SUBMITTED_DATE = "CamelMwsSubmittedDate";

    @Metadata(label = "consumer", description = "With from(\"mws:GetFeedSubmissionList\"): the submission's FeedType.", javaType = "String")
    public static final String FEED_TYPE = "CamelMwsFeedType";

    private MwsConstants() {
    }
}
