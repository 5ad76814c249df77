package io.camelmws.component.xml;

import java.nio.charset.StandardCharsets;

/**
 * The values of an answer the component reads for itself ({@link ResponseScan}), and where each stands: its element's
 * name, its depth (the root is 1) and, for one, the root it must be under. Only the first element of each counts:
 * nested elements of the same name belong to the payload. Both readers of an answer ({@link ResponseScan#of} and
 * {@link Utf8AnswerScan}) look values up here, so they cannot disagree on what they take.
 */
enum ScannedValue {

    NEXT_TOKEN("NextToken", 3, null),
    /** ListOrders' window end. */
    LAST_UPDATED_BEFORE("LastUpdatedBefore", 3, null),
    CREATED_BEFORE("CreatedBefore", 3, null),
    REQUEST_ID("RequestId", 3, null),
    /** SubmitFeedResult/FeedSubmissionInfo/FeedSubmissionId: the id MWS just handed out. */
    FEED_SUBMISSION_ID("FeedSubmissionId", 4, null),
    REPORT_REQUEST_ID("ReportRequestId", 4, "RequestReportResponse");

    private static final ScannedValue[] ALL = values();

    private final String element;
    private final byte[] elementAscii;
    private final int depth;
    private final String root;

    ScannedValue(String element, int depth, String root) {
        this.element = element;
        this.elementAscii = element.getBytes(StandardCharsets.US_ASCII);
        this.depth = depth;
        this.root = root;
    }

    String element() {
        return element;
    }

    /** The value an element of this name at this depth holds under this root, or null. */
    static ScannedValue at(int depth, String name, String root) {
        if (depth < 3 || depth > 4) {
            return null;
        }
        for (ScannedValue value : ALL) {
            if (value.depth == depth && value.element.equals(name) && (value.root == null || value.root.equals(root))) {
                return value;
            }
        }
        return null;
    }

    /** As {@link #at(int, String, String)}, for a name given as ASCII bytes. */
    static ScannedValue at(int depth, byte[] bytes, int from, int length, String root) {
        if (depth < 3 || depth > 4) {
            return null;
        }
        for (ScannedValue value : ALL) {
            if (value.depth == depth && value.elementAscii.length == length
                    && java.util.Arrays.equals(value.elementAscii, 0, length, bytes, from, from + length)
                    && (value.root == null || value.root.equals(root))) {
                return value;
            }
        }
        return null;
    }

    static int count() {
        return ALL.length;
    }
}
