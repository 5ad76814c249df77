package io.camelmws.sandbox.feeds;

import io.camelmws.sandbox.http.IncomingRequest;
import io.camelmws.sandbox.http.RequestReader;
import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SubmitFeed (REFERENCE 7.1, 9.2): every parameter in the query string, the feed as the body, already spooled to
 * a file with its MD5 by the request reader. The MD5 must be given, as the ContentMD5Value parameter or the
 * Content-MD5 header, and each one given must match the body (so when both are given they agree).
 */
final class SubmitFeedOperation {

    private final FeedStore store;
    private final FeedTypes types;

    SubmitFeedOperation(FeedStore store, FeedTypes types) {
        this.store = store;
        this.types = types;
    }

    SandboxResponse submit(OperationCall call) {
        IncomingRequest.Document document = call.document();
        if (document == null) {
            throw FeedErrors.noDocument();
        }
        if (document.tooLarge()) {
            throw FeedErrors.feedTooLarge(RequestReader.MAX_DOCUMENT_BYTES);
        }
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String feedType = parameters.required("FeedType");
        if (!types.known(feedType)) {
            throw FeedErrors.invalidFeedType(feedType);
        }
        List<String> marketplaces = parameters.marketplaceIds();
        Boolean purgeAndReplace = parameters.bool("PurgeAndReplace");
        String parameterMd5 = parameters.optional("ContentMD5Value");
        String headerMd5 = document.contentMd5Header() == null || document.contentMd5Header().isBlank() ? null
                : document.contentMd5Header().trim();
        if (parameterMd5 == null && headerMd5 == null) {
            throw FeedErrors.contentMd5Missing();
        }
        for (String passed : new String[] {parameterMd5, headerMd5}) {
            if (passed != null && !passed.equals(document.md5Base64())) {
                throw FeedErrors.contentMd5DoesNotMatch(passed, document.md5Base64());
            }
        }
        ReceivedFeed feed = new ReceivedFeed(null, feedType, document.contentType(), charsetOf(document.contentType()),
                document.size(), document.md5Base64(), document.file(), marketplaces,
                purgeAndReplace != null && purgeAndReplace, parameters.optional("FeedOptions"), call.now());
        FeedSubmission submission = store.submit(feed);
        FeedProcessingStatus status = submission.statusAt(call.now());
        // Like the document operations, SubmitFeed also names its request id as x-amz-request-id (REFERENCE 12).
        return WebServiceResponses.result(call, xml -> FeedsXml.submissionInfo(xml, submission, status))
                .withHeaders(Map.of("x-amz-request-id", call.requestId()));
    }

    /** The {@code charset} parameter of a Content-Type, unquoted, as written; {@code null} when there is none. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String value = trimmed.substring("charset=".length()).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }
}
