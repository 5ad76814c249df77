package io.camelmws.sandbox.feeds;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.ResponseBody;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.NewestFirstList;
import io.camelmws.sandbox.webservice.Pager;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GetFeedSubmissionList(ByNextToken), GetFeedSubmissionCount, CancelFeedSubmissions and GetFeedSubmissionResult
 * (REFERENCE 9.2): following feeds through their life cycle and fetching their processing reports.
 */
final class FeedSubmissionOperations {

    static final String LIST = "GetFeedSubmissionList";
    private static final int MAX_IDS = 100;
    /** CancelFeedSubmissions describes at most this many of the submissions it matched. */
    private static final int MAX_SHOWN = 100;
    /** CancelFeedSubmissions' SubmittedFromDate defaults to 180 days ago, the lists' to 90 (Feeds docs). */
    private static final Duration CANCEL_WINDOW = Duration.ofDays(180);

    private final FeedStore store;
    private final FeedTypes types;
    private final Function<ReceivedFeed, ProcessingReport> processor;
    private final String merchantId;
    private final NewestFirstList<SubmissionQuery, Matched> submissions;

    FeedSubmissionOperations(FeedStore store, FeedTypes types, Function<ReceivedFeed, ProcessingReport> processor,
                             String merchantId) {
        this.store = store;
        this.types = types;
        this.processor = processor;
        this.merchantId = merchantId;
        this.submissions = new NewestFirstList<>(LIST, (parameters, now) -> SubmissionQuery.read(parameters, now,
                FeedsSimulation.RETENTION, store, types), this::matching, match -> position(match.submission()),
                (xml, match) -> FeedsXml.submissionInfo(xml, match.submission(), match.status()));
    }

    SandboxResponse list(OperationCall call) {
        return submissions.list(call);
    }

    SandboxResponse listByNextToken(OperationCall call) {
        return submissions.listByNextToken(call);
    }

    SandboxResponse count(OperationCall call) {
        return submissions.count(call);
    }

    /**
     * Cancels the matching submissions that are still {@code _SUBMITTED_}; Count is every match (Feeds docs:
     * "the total number of feed submissions that match the request parameters"), info is given for the first 100.
     */
    SandboxResponse cancel(OperationCall call) {
        SubmissionQuery query = SubmissionQuery.read(new WebServiceParameters(call.parameters()), call.now(),
                CANCEL_WINDOW, store, types);
        List<Matched> matches = submissions.newestFirst(query, call.now());
        List<Matched> shown = new ArrayList<>();
        for (Matched match : matches) {
            match.submission().cancel(call.now());
            if (shown.size() < MAX_SHOWN) {
                shown.add(new Matched(match.submission(), match.submission().statusAt(call.now())));
            }
        }
        return WebServiceResponses.result(call, xml -> {
            xml.element("Count", Integer.toString(matches.size()));
            shown.forEach(match -> FeedsXml.submissionInfo(xml, match.submission(), match.status()));
        });
    }

    /** The processing report, raw, with Content-MD5 and x-amz-request-id (REFERENCE 7.2, 11). */
    SandboxResponse result(OperationCall call) {
        String id = new WebServiceParameters(call.parameters()).required("FeedSubmissionId");
        FeedSubmission submission = store.submission(id);
        if (submission == null) {
            throw FeedErrors.invalidFeedSubmissionId(id);
        }
        switch (submission.statusAt(call.now())) {
            case CANCELLED -> throw FeedErrors.feedCanceled(id);
            case DONE -> {
                if (submission.completedAt().isBefore(call.now().minus(FeedsSimulation.RETENTION))) {
                    throw FeedErrors.resultNoLongerAvailable(id);
                }
            }
            default -> throw FeedErrors.resultNotReady(id);
        }
        ProcessingReportDocument document = ProcessingReportDocument.render(submission.report(processor), id,
                merchantId);
        byte[] bytes = document.bytes();
        String md5 = Base64.getEncoder().encodeToString(md5(bytes));
        return SandboxResponse.streaming(200, document.contentType(),
                Map.of("Content-MD5", md5, "x-amz-request-id", call.requestId()), new ResponseBody() {
                    @Override
                    public long length() {
                        return bytes.length;
                    }

                    @Override
                    public void writeTo(OutputStream out) throws IOException {
                        out.write(bytes);
                    }
                });
    }

    private List<Matched> matching(SubmissionQuery query, Instant now) {
        List<Matched> matches = new ArrayList<>();
        for (FeedSubmission submission : store.submissions()) {
            FeedProcessingStatus status = submission.statusAt(now);
            if (query.matches(submission, status)) {
                matches.add(new Matched(submission, status));
            }
        }
        return matches;
    }

    private static Pager.Position position(FeedSubmission submission) {
        return new Pager.Position(submission.submittedAt(), submission.number());
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is mandatory in every Java SE implementation", e);
        }
    }

    private record Matched(FeedSubmission submission, FeedProcessingStatus status) {
    }

    /** The shared filters; FeedSubmissionIdList overrides the others, dates included (REFERENCE 9.2). */
    private record SubmissionQuery(List<String> ids, List<String> feedTypes, List<String> statuses, Instant from,
                                   Instant to) implements NewestFirstList.Query {

        static SubmissionQuery read(WebServiceParameters parameters, Instant now, Duration window, FeedStore store,
                                    FeedTypes types) {
            List<String> ids = parameters.list("FeedSubmissionIdList.Id", MAX_IDS);
            for (String id : ids) {
                if (store.submission(id) == null) {
                    throw FeedErrors.invalidFeedSubmissionId(id);
                }
            }
            List<String> feedTypes = parameters.list("FeedTypeList.Type", MAX_IDS);
            for (String type : feedTypes) {
                if (!types.known(type)) {
                    throw FeedErrors.invalidFeedType(type);
                }
            }
            List<String> statuses = parameters.list("FeedProcessingStatusList.Status", MAX_IDS);
            WebServiceParameters.requireAll("FeedProcessingStatusList.Status", statuses,
                    FeedProcessingStatus.wireNames());
            return new SubmissionQuery(ids, feedTypes, statuses, parameters.date("SubmittedFromDate",
                    now.minus(window)), parameters.date("SubmittedToDate", now));
        }

        boolean matches(FeedSubmission submission, FeedProcessingStatus status) {
            if (!ids.isEmpty()) {
                return ids.contains(submission.id());
            }
            return (feedTypes.isEmpty() || feedTypes.contains(submission.feed().feedType()))
                    && (statuses.isEmpty() || statuses.contains(status.wireName()))
                    && !submission.submittedAt().isBefore(from) && !submission.submittedAt().isAfter(to);
        }

        @Override
        public Map<String, String> toState() {
            Map<String, String> state = new LinkedHashMap<>();
            WebServiceParameters.putList(state, "FeedSubmissionIdList.Id", ids);
            WebServiceParameters.putList(state, "FeedTypeList.Type", feedTypes);
            WebServiceParameters.putList(state, "FeedProcessingStatusList.Status", statuses);
            state.put("SubmittedFromDate", from.toString());
            state.put("SubmittedToDate", to.toString());
            return state;
        }
    }
}
