package io.camelmws.component;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.camelmws.component.error.MwsException;
import io.camelmws.component.http.MwsResponse;
import io.camelmws.component.http.ResponseMetadata;
import io.camelmws.component.invoke.MwsResult;
import io.camelmws.component.xml.ResponseScan;
import io.camelmws.component.xml.SafeXml;

/** Puts an MWS answer on a message: the document as body, MWS's metadata and the ids it handed out as headers. */
final class ResultMessages {

    private ResultMessages() {
    }

    /** Fills {@code message} with a text answer (an XML envelope), refusing it if it is not safe, well-formed XML. */
    static void fillText(Message message, String action, MwsResult result) {
        MwsResponse response = result.response();
        ResponseScan scan;
        try {
            scan = ResponseScan.of(response.text());
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new MwsException(action, response.metadata().httpStatus(), null, null, "the answer was refused: " + e.getMessage(), null,
                    response.metadata().requestId());
        }
        fillMetadata(message, response.metadata(), result);
        setOrRemove(message, MwsConstants.NEXT_TOKEN, scan.nextToken());
        setOrRemove(message, MwsConstants.FEED_SUBMISSION_ID, scan.feedSubmissionId());
        setOrRemove(message, MwsConstants.REPORT_REQUEST_ID, scan.reportRequestId());
        if (response.metadata().requestId() == null && scan.requestId() != null) {
            message.setHeader(MwsConstants.REQUEST_ID, scan.requestId());
        }
        if (result.recovered()) {
            message.setHeader(MwsConstants.RECOVERED, true);
        }
        message.setBody(response.text());
    }

    static void fillMetadata(Message message, ResponseMetadata metadata, MwsResult result) {
        message.setHeader(MwsConstants.HTTP_STATUS, metadata.httpStatus());
        message.setHeader(MwsConstants.REQUEST_ID, metadata.requestId());
        message.setHeader(MwsConstants.TIMESTAMP, metadata.timestamp());
        message.setHeader(MwsConstants.QUOTA_MAX, metadata.quotaMax());
        message.setHeader(MwsConstants.QUOTA_REMAINING, metadata.quotaRemaining());
        message.setHeader(MwsConstants.QUOTA_RESETS_ON, metadata.quotaResetsOn());
        message.setHeader(MwsConstants.RESPONSE_CONTEXT, metadata.responseContext());
        message.setHeader(MwsConstants.ATTEMPTS, result.attempts());
        message.setHeader(MwsConstants.THROTTLE_WAIT_MILLIS, result.throttleWaitMillis());
        if (metadata.contentType() != null) {
            message.setHeader(Exchange.CONTENT_TYPE, metadata.contentType());
        }
    }

    private static void setOrRemove(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        } else {
            message.removeHeader(header);
        }
    }
}
