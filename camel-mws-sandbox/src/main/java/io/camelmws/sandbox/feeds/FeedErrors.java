package io.camelmws.sandbox.feeds;

import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.webservice.OperationFailure;

/**
 * The Feeds section's own errors (REFERENCE 7.1, 8.3). Their HTTP statuses were never documented: the sandbox
 * answers 400 for all of them except FeedProcessingResultNotReady, answered 404 as peddler's tests map it
 * (REFERENCE Uncertain).
 */
final class FeedErrors {

    private FeedErrors() {
    }

    static OperationFailure invalidFeedType(String feedType) {
        return failure(400, "InvalidFeedType", "Invalid FeedType: " + feedType + " is not a FeedType of the Feeds "
                + "API (e.g. _POST_PRODUCT_DATA_, _POST_INVENTORY_AVAILABILITY_DATA_, "
                + "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_).");
    }

    static OperationFailure contentMd5Missing() {
        return failure(400, "ContentMD5Missing", "The Content-MD5 of the feed is missing: send base64(MD5(body)) "
                + "as the ContentMD5Value parameter (or the Content-MD5 header).");
    }

    /** The docs' wording (REFERENCE 7.1), whichever of the parameter and the header carried the wrong value. */
    static OperationFailure contentMd5DoesNotMatch(String passed, String calculated) {
        return failure(400, "ContentMD5DoesNotMatch", "The Content-MD5 HTTP header you passed for your feed ("
                + passed + ") did not match the Content-MD5 we calculated for your feed (" + calculated + ")");
    }

    static OperationFailure noDocument() {
        return failure(400, "InvalidRequest", "SubmitFeed takes the feed as the request body (POST), with every "
                + "parameter, Action included, in the query string; this request had no such body.");
    }

    static OperationFailure feedTooLarge(long limit) {
        return failure(400, "InvalidParameterValue", "The feed is too large: feed size must be below 2 GiB ("
                + (limit + 1) + " bytes).");
    }

    static OperationFailure invalidFeedSubmissionId(String id) {
        return failure(400, "InvalidFeedSubmissionId", "Invalid FeedSubmissionId: " + id
                + " was not found for this seller.");
    }

    /** The real message (phpAmazonMWS issue #49). */
    static OperationFailure resultNotReady(String id) {
        return failure(404, "FeedProcessingResultNotReady", "Feed Submission Result is not ready for Feed " + id);
    }

    static OperationFailure feedCanceled(String id) {
        return failure(400, "FeedCanceled", "Feed " + id + " was cancelled; it has no processing report.");
    }

    static OperationFailure resultNoLongerAvailable(String id) {
        return failure(400, "FeedProcessingResultNoLongerAvailable", "The processing report of feed " + id
                + " is no longer available: results are kept for 90 days.");
    }

    private static OperationFailure failure(int status, String code, String message) {
        return new OperationFailure(MwsError.of(status, code, message));
    }
}
