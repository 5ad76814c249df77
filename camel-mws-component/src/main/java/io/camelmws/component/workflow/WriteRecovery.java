package io.camelmws.component.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.catalog.Workflow;
import io.camelmws.component.model.MwsResponse;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.model.ResponseMetadata;
import io.camelmws.component.pipeline.CallPipeline;
import io.camelmws.component.pipeline.CallStats;
import io.camelmws.component.pipeline.OutcomeRecovery;
import io.camelmws.component.pipeline.SkewCorrectedClock.PayloadReading;
import io.camelmws.component.pipeline.SubmissionLedger;
import io.camelmws.component.xml.ResponseScan;
import io.camelmws.component.xml.SafeXml;
import io.camelmws.component.xml.XmlText;

/**
 * Finds out what became of a write that starts a workflow (SubmitFeed, RequestReport) when its answer was lost: asks
 * the workflow's list operation (GetFeedSubmissionList, GetReportRequestList) for submissions of the same type, and
 * keeps only those that can be this write's:
 * <ul>
 * <li>received by MWS after the write's first attempt began, on MWS's own clock: a lower bound taken from the MWS
 * time stated by the look-up's answer (and by the latest answer before the write), less the time since the attempt
 * began, scaled like the MWS being called; never a fixed tolerance;</li>
 * <li>not an id this component was handed for another write, nor one it saw before the attempt began.</li>
 * </ul>
 * Exactly one left is the write's result, rebuilt as its answer; none left means it did not arrive and may be sent
 * again; more than one is reported with the candidates, never guessed. FeedSubmissionInfo carries no Content-MD5, so
 * type and time are all MWS offers to match on.
 */
public final class WriteRecovery implements OutcomeRecovery {

    /** MWS refuses Timestamps further off its clock than this: ours is within it, so the first ask can be that wide. */
    static final Duration FIRST_ASK_MARGIN = Duration.ofMinutes(15);
    /** MWS lists at most 100 per page; a look-up reads at most this many pages before it gives up telling. */
    static final int MAX_PAGES = 10;
    private static final DateTimeFormatter MWS_DATE = DateTimeFormatter.ISO_INSTANT;

    private final CallPipeline pipeline;
    private final SubmissionLedger ledger;
    private final double timeScale;
    private final OperationResolver resolver = new OperationResolver(MwsCatalog.standard());
    /** Resolved once per write operation: the pipeline's caches work by identity. */
    private final Map<ResolvedOperation, ResolvedOperation[]> lists = new ConcurrentHashMap<>();

    /**
     * @param timeScale how much faster than real time the called MWS runs (1 for MWS, a scaled sandbox's time scale)
     */
    public WriteRecovery(CallPipeline pipeline, SubmissionLedger ledger, double timeScale) {
        this.pipeline = pipeline;
        this.ledger = ledger;
        this.timeScale = timeScale;
    }

    @Override
    public SubmissionLedger.Write began(ResolvedOperation write, SortedMap<String, String> parameters, Instant at) {
        return ledger.began(kind(write, parameters), at);
    }

    @Override
    public void ended(SubmissionLedger.Write write, boolean idKnown) {
        ledger.ended(write, idKnown, Instant.now());
    }

    @Override
    public void known(String id) {
        ledger.handedOut(id);
    }

    /** What look-ups tell apart: the operation and the type it submits (MWS lists submissions by type). */
    private static String kind(ResolvedOperation write, SortedMap<String, String> parameters) {
        String typeParameter = write.operation().startsWorkflow().map(Workflow::typeParameter).orElse("");
        return write.section().name() + "/" + write.action() + "/" + parameters.get(typeParameter);
    }

    @Override
    public CompletableFuture<Outcome> lookUp(ResolvedOperation write, SortedMap<String, String> parameters, SubmissionLedger.Write self) {
        Instant firstAttemptAt = self.began();
        Workflow workflow = write.operation().startsWorkflow()
                .orElseThrow(() -> new IllegalArgumentException(write.action() + " starts no workflow that could be looked up"));
        ResolvedOperation[] listOperations = lists.computeIfAbsent(write, w -> new ResolvedOperation[] {
            resolver.resolve(workflow.list(), w.section().name(), w.version()),
            resolver.resolve(workflow.list() + "ByNextToken", w.section().name(), w.version()) });
        String type = parameters.get(workflow.typeParameter());
        PayloadReading before = pipeline.clock().lastPayloadReading();
        SortedMap<String, String> query = new TreeMap<>();
        query.put(write.section().listNaming(listOperations[0].operation(), workflow.typeList()).element(1), type);
        query.put(workflow.fromDate(), MWS_DATE.format(firstAsk(before, firstAttemptAt).truncatedTo(ChronoUnit.SECONDS)));
        query.put("MaxCount", "100");
        List<Submission> listed = new ArrayList<>();
        return pages(listOperations, query, workflow, listed, 1).thenApply(lastAnswer -> decide(write, workflow, type, listed, lastAnswer,
                before, self));
    }

    /** Where the first page starts: the best estimate of MWS's time at the attempt, widened by what MWS tolerates. */
    private Instant firstAsk(PayloadReading before, Instant firstAttemptAt) {
        Instant estimate = before == null ? firstAttemptAt : lowerBound(before.payloadTime(), before.receivedAt(), firstAttemptAt);
        return estimate.minus(FIRST_ASK_MARGIN);
    }

    private CompletableFuture<ResponseMetadata> pages(ResolvedOperation[] listOperations, SortedMap<String, String> query, Workflow workflow,
                                                      List<Submission> listed, int page) {
        return pipeline.call(page == 1 ? listOperations[0] : listOperations[1], query, null, new CallStats()).thenCompose(result -> {
            listed.addAll(parse(result.response().text(), workflow));
            String next = result.scan() == null ? null : result.scan().nextToken();
            if (next == null) {
                return CompletableFuture.completedFuture(result.response().metadata());
            }
            if (page >= MAX_PAGES) {
                throw new IllegalStateException(workflow.list() + " lists more than " + MAX_PAGES * 100
                                                + " submissions of the type since the attempt; too many to tell which is the lost one");
            }
            SortedMap<String, String> nextQuery = new TreeMap<>();
            nextQuery.put("NextToken", next);
            return pages(listOperations, nextQuery, workflow, listed, page + 1);
        });
    }

    private Outcome decide(ResolvedOperation write, Workflow workflow, String type, List<Submission> listed, ResponseMetadata answer,
                           PayloadReading before, SubmissionLedger.Write self) {
        Instant firstAttemptAt = self.began();
        Instant from = tightBound(answer, before, firstAttemptAt);
        List<Submission> candidates = new ArrayList<>();
        for (Submission submission : listed) {
            boolean sameType = type == null || type.equals(submission.type);
            if (sameType && !ledger.excludes(submission.id, firstAttemptAt) && submission.submitted != null
                && (from == null || !submission.submitted.isBefore(from))) {
                candidates.add(submission);
            }
        }
        Instant now = Instant.now();
        listed.forEach(submission -> ledger.seen(submission.id, now));
        if (from == null) {
            return new Ambiguous("MWS stated no time in its answers, so the submissions made since the attempt cannot be told apart",
                    candidates.stream().map(submission -> submission.id).toList());
        }
        if (candidates.isEmpty()) {
            return new Absent();
        }
        if (ledger.othersMayHaveSubmitted(self)) {
            return new Ambiguous((candidates.size() == 1 ? "a submission" : candidates.size() + " submissions") + " of " + type
                                 + " reached MWS since the attempt began (" + MWS_DATE.format(from) + " on MWS's clock), unknown to this component,"
                                 + " while another " + write.action() + " of that type from this component was under way or ended without its id:"
                                 + " the submission may be that one's",
                    candidates.stream().map(submission -> submission.id).toList());
        }
        if (candidates.size() > 1) {
            return new Ambiguous(candidates.size() + " submissions of " + type + " reached MWS since the attempt began (" + MWS_DATE.format(from)
                                 + " on MWS's clock) and none of them is known to this component",
                    candidates.stream().map(submission -> submission.id).toList());
        }
        Submission found = candidates.get(0);
        ledger.handedOut(found.id);
        String xml = rebuiltAnswer(write, workflow, found, answer.requestId());
        try {
            return new Found(new MwsResult(new MwsResponse(answer, xml, null, null), ResponseScan.of(xml), 0, 0, true));
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new IllegalStateException("the rebuilt answer is not well-formed", e);
        }
    }

    /**
     * The latest MWS time that is certainly not after the attempt began: each answer's stated time, less the time
     * between the attempt and that answer's arrival (scaled); the later of the two readings is the tighter bound. Cut to
     * the second, as MWS dates submissions.
     */
    private Instant tightBound(ResponseMetadata lookUpAnswer, PayloadReading before, Instant firstAttemptAt) {
        Instant bound = null;
        if (lookUpAnswer.payloadTime() != null) {
            bound = lowerBound(lookUpAnswer.payloadTime(), lookUpAnswer.receivedAt(), firstAttemptAt);
        }
        if (before != null) {
            Instant earlier = lowerBound(before.payloadTime(), before.receivedAt(), firstAttemptAt);
            bound = bound == null || earlier.isAfter(bound) ? earlier : bound;
        }
        return bound == null ? null : bound.truncatedTo(ChronoUnit.SECONDS);
    }

    /** MWS stated {@code stated} no later than {@code receivedAt}: at {@code at} its clock read at least this. */
    private Instant lowerBound(Instant stated, Instant receivedAt, Instant at) {
        long localNanos = Duration.between(at, receivedAt).toNanos();
        return stated.minusNanos(Math.round(localNanos * timeScale));
    }

    private static String rebuiltAnswer(ResolvedOperation write, Workflow workflow, Submission found, String requestId) {
        String action = write.action();
        return "<?xml version=\"1.0\"?>\n<" + action + "Response xmlns=\"" + XmlText.escape(write.section().namespace()) + "\"><" + action + "Result><"
               + workflow.info() + ">"
               + element(workflow.id(), found.id)
               + element(workflow.typeParameter(), found.type)
               + element(workflow.submittedDate(), found.submittedDate)
               + element(workflow.status(), found.status)
               + "</" + workflow.info() + "></" + action + "Result><ResponseMetadata><RequestId>" + XmlText.escape(requestId == null ? "" : requestId)
               + "</RequestId></ResponseMetadata></" + action + "Response>";
    }

    private static String element(String name, String value) {
        return "<" + name + ">" + XmlText.escape(value == null ? "" : value) + "</" + name + ">";
    }

    private static List<Submission> parse(String xml, Workflow workflow) {
        List<Submission> submissions = new ArrayList<>();
        try {
            XMLStreamReader reader = SafeXml.reader(xml);
            Submission current = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals(workflow.info())) {
                        current = new Submission();
                    } else if (current != null) {
                        current.set(workflow, name, reader.getElementText().trim());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals(workflow.info()) && current != null) {
                    current.submitted = parseDate(current.submittedDate);
                    submissions.add(current);
                    current = null;
                }
            }
        } catch (SafeXml.UnsafeOrMalformedXmlException | XMLStreamException e) {
            throw new IllegalStateException(workflow.list() + " answered a document that cannot be read: " + e.getMessage(), e);
        }
        return submissions;
    }

    private static Instant parseDate(String date) {
        try {
            return date == null ? null : OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static final class Submission {
        String id;
        String type;
        String submittedDate;
        String status;
        Instant submitted;

        void set(Workflow workflow, String element, String value) {
            if (element.equals(workflow.id())) {
                id = value;
            } else if (element.equals(workflow.typeParameter())) {
                type = value;
            } else if (element.equals(workflow.submittedDate())) {
                submittedDate = value;
            } else if (element.equals(workflow.status())) {
                status = value;
            }
        }
    }
}
