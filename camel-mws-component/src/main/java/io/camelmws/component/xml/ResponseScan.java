package io.camelmws.component.xml;

import javax.xml.stream.XMLStreamConstants;

/**
 * Reads the few values the component itself needs from a successful MWS answer: {@code NextToken},
 * {@code ResponseMetadata/RequestId}, the ids a write handed out, and where a listing's window ended
 * ({@code LastUpdatedBefore} or {@code CreatedBefore} of ListOrders, the next window's start). Reading also proves
 * the document is well-formed and DOCTYPE-free before it is handed on.
 */
public record ResponseScan(String rootElement, String nextToken, String requestId, String feedSubmissionId, String reportRequestId,
                           String lastUpdatedBefore, String createdBefore) {

    public static ResponseScan of(String xml) throws SafeXml.UnsafeOrMalformedXmlException {
        return SafeXml.read(xml, reader -> {
            String root = null;
            String nextToken = null;
            String requestId = null;
            String feedSubmissionId = null;
            String reportRequestId = null;
            String lastUpdatedBefore = null;
            String createdBefore = null;
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = reader.getLocalName();
                    if (depth == 1) {
                        root = name;
                    } else if (nextToken == null && depth == 3 && name.equals("NextToken")) {
                        // Only the Result's own NextToken: nested elements of the same name belong to the payload.
                        nextToken = reader.getElementText().trim();
                        depth--;
                    } else if (lastUpdatedBefore == null && depth == 3 && name.equals("LastUpdatedBefore")) {
                        lastUpdatedBefore = reader.getElementText().trim();
                        depth--;
                    } else if (createdBefore == null && depth == 3 && name.equals("CreatedBefore")) {
                        createdBefore = reader.getElementText().trim();
                        depth--;
                    } else if (requestId == null && depth == 3 && name.equals("RequestId")) {
                        requestId = reader.getElementText().trim();
                        depth--;
                    } else if (feedSubmissionId == null && depth == 4 && name.equals("FeedSubmissionId")) {
                        // SubmitFeedResult/FeedSubmissionInfo/FeedSubmissionId: the id MWS just handed out.
                        feedSubmissionId = reader.getElementText().trim();
                        depth--;
                    } else if (reportRequestId == null && depth == 4 && name.equals("ReportRequestId") && "RequestReportResponse".equals(root)) {
                        reportRequestId = reader.getElementText().trim();
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return new ResponseScan(root, nextToken == null || nextToken.isEmpty() ? null : nextToken, requestId,
                    "SubmitFeedResponse".equals(root) ? feedSubmissionId : null, reportRequestId, lastUpdatedBefore, createdBefore);
        });
    }
}
