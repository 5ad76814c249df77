package io.camelmws.component;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.model.MwsResponse;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.model.ResponseMetadata;
import io.camelmws.component.model.VerifiedDocument;
import io.camelmws.component.report.FlatFileRows;
import io.camelmws.component.xml.ResponseScan;

/** Puts an MWS answer on a message: the document as body, MWS's metadata and the ids it handed out as headers. */
final class ResultMessages {

    private ResultMessages() {
    }

    /** An answer of any kind: an XML envelope as text, a verified document as a re-readable body. */
    static void fill(Exchange exchange, MwsResult result, EndpointSettings settings, boolean downloadLocalWorkPath) {
        if (result.response().document() != null) {
            fillMetadata(exchange.getMessage(), result.response().metadata(), result);
            handOn(exchange, result.response().document(), result.response().metadata().contentType(), settings, downloadLocalWorkPath);
        } else {
            fillText(exchange.getMessage(), settings.target(), result, settings.resultBodies());
        }
    }

    /**
     * An XML envelope the pipeline has read whole: the body {@code bodies} makes of it (the text, or its typed model),
     * the ids and NextToken it found as headers.
     */
    static void fillText(Message message, ResolvedOperation operation, MwsResult result, ResultBodies bodies) {
        Object body = bodies.body(operation, result);
        fillText(message, result);
        message.setBody(body);
    }

    /** An XML envelope the pipeline has read whole: the text as body, the ids and NextToken it found as headers. */
    static void fillText(Message message, MwsResult result) {
        MwsResponse response = result.response();
        ResponseScan scan = result.scan();
        fillMetadata(message, response.metadata(), result);
        setOrRemove(message, MwsConstants.NEXT_TOKEN, scan.nextToken());
        setOrRemove(message, MwsConstants.LAST_UPDATED_BEFORE, windowEnd(scan.lastUpdatedBefore()));
        setOrRemove(message, MwsConstants.CREATED_BEFORE, windowEnd(scan.createdBefore()));
        setOrRemove(message, MwsConstants.FEED_SUBMISSION_ID, scan.feedSubmissionId());
        setOrRemove(message, MwsConstants.REPORT_REQUEST_ID, scan.reportRequestId());
        if (response.metadata().requestId() == null && scan.requestId() != null) {
            message.setHeader(MwsConstants.REQUEST_ID, scan.requestId());
        }
        message.setBody(response.text());
    }

    /** A window's end as an Instant; the text as MWS sent it should it ever not be ISO 8601, rather than dropping it. */
    private static Object windowEnd(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException notIso) {
            return text;
        }
    }

    /** MWS's metadata as headers; what MWS did not say is left out, not set to null. */
    static void fillMetadata(Message message, ResponseMetadata metadata, MwsResult result) {
        message.setHeader(MwsConstants.HTTP_STATUS, metadata.httpStatus());
        setOrRemove(message, MwsConstants.REQUEST_ID, metadata.requestId());
        setOrRemove(message, MwsConstants.TIMESTAMP, metadata.timestamp());
        setOrRemove(message, MwsConstants.QUOTA_MAX, metadata.quotaMax());
        setOrRemove(message, MwsConstants.QUOTA_REMAINING, metadata.quotaRemaining());
        setOrRemove(message, MwsConstants.QUOTA_RESETS_ON, metadata.quotaResetsOn());
        setOrRemove(message, MwsConstants.RESPONSE_CONTEXT, metadata.responseContext());
        message.setHeader(MwsConstants.ATTEMPTS, result.attempts());
        message.setHeader(MwsConstants.THROTTLE_WAIT_MILLIS, result.throttleWaitMillis());
        // Set in every mode, so a route can tell a recovered write from a plain one without knowing the mode.
        message.setHeader(MwsConstants.RECOVERED, result.recovered());
        if (metadata.contentType() != null) {
            message.setHeader(Exchange.CONTENT_TYPE, metadata.contentType());
        }
    }

    /**
     * The verified document becomes the (re-readable) body: a StreamCache when small, the spool file when large; the
     * spool file is deleted when the exchange is done (unless a file producer moved it away first, see
     * {@code downloadLocalWorkPath}).
     */
    static void handOn(Exchange exchange, VerifiedDocument document, String contentType, EndpointSettings settings, boolean downloadLocalWorkPath) {
        handOn(exchange, document, contentType, settings.resultBodies(), settings.target().action(), settings.flatFileCharset(), downloadLocalWorkPath);
    }

    /**
     * The same for a document the endpoint's consumer fetched ({@code action}'s), made a body by {@code bodies}.
     *
     * @param flatFileCharset the charset of a flat file whose Content-Type names none
     */
    static void handOn(Exchange exchange, VerifiedDocument document, String contentType, ResultBodies bodies, String action,
            java.nio.charset.Charset flatFileCharset, boolean downloadLocalWorkPath) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                document.discard();
            }
        });
        Message message = exchange.getMessage();
        message.setHeader(MwsConstants.CONTENT_MD5, document.contentMd5());
        java.nio.charset.Charset charset = DocumentCharsets.of(contentType, flatFileCharset);
        message.setHeader(Exchange.CHARSET_NAME, charset.name());
        Object body = bodies.documentBody(action, document, charset);
        if (body instanceof FlatFileRows rows) {
            message.setHeader(MwsConstants.COLUMNS, rows.columns());
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    rows.close();
                }
            });
        }
        message.setBody(body);
        if (document.file() != null && downloadLocalWorkPath) {
            message.setHeader(Exchange.FILE_LOCAL_WORK_PATH, document.file().toString());
        }
    }

    /**
     * The verified document a workflow ended with (a report, a processing report) as the message. CamelMwsRecovered
     * stays the write's, as the processor set it when the write returned: the download itself is never recovered.
     */
    static void fillWorkflowDownload(Exchange exchange, MwsResult download, EndpointSettings settings, boolean downloadLocalWorkPath) {
        Message message = exchange.getMessage();
        boolean writeRecovered = Boolean.TRUE.equals(message.getHeader(MwsConstants.RECOVERED, Boolean.class));
        fillMetadata(message, download.response().metadata(), download);
        message.setHeader(MwsConstants.RECOVERED, writeRecovered);
        handOn(exchange, download.response().document(), download.response().metadata().contentType(), settings, downloadLocalWorkPath);
    }

    static void setOrRemove(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        } else {
            message.removeHeader(header);
        }
    }
}
