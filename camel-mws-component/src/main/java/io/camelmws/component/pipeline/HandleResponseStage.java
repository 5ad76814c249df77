package io.camelmws.component.pipeline;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsUnreadableAnswerException;
import io.camelmws.component.model.MwsResponse;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.model.VerifiedDocument;
import io.camelmws.component.report.DownloadSpooler;
import io.camelmws.component.xml.ListedItems;
import io.camelmws.component.xml.ResponseScan;
import io.camelmws.component.xml.SafeXml;

/**
 * Stage 4: what a 2xx answer means before it is handed on. The quota it reports is followed; an XML envelope is read
 * to its end (so a cut, malformed or DOCTYPE-bearing answer is never handed on as complete) for the ids and NextToken
 * the component needs; a document is downloaded and verified against its Content-MD5; ids MWS handed out are noted.
 */
public final class HandleResponseStage {

    private final ThrottleStage throttle;
    private final DownloadSpooler spooler;
    private final SubmissionLedger ledger;
    private final SkewCorrectedClock clock;

    public HandleResponseStage(ThrottleStage throttle, DownloadSpooler spooler, SubmissionLedger ledger, SkewCorrectedClock clock) {
        this.clock = clock;
        this.throttle = throttle;
        this.spooler = spooler;
        this.ledger = ledger;
    }

    /** @param listed the items the scan should note (a consumer's list page), or null */
    MwsResult handle(ResolvedOperation target, MwsResponse answer, CallStats stats, ListedItems listed) {
        throttle.onAnswer(target, answer.metadata());
        clock.observe(answer.metadata().payloadTime(), answer.metadata().receivedAt());
        if (answer.stream() != null) {
            // Verified before the call completes, so a bad download is retried like any failed read.
            VerifiedDocument document = spooler.spool(target.action(), answer.stream(), answer.metadata(), answer.metadata().contentMd5());
            return new MwsResult(new MwsResponse(answer.metadata(), null, null, document), null, stats.attempts(), stats.throttleWaitMillis(), false);
        }
        ResponseScan scan;
        try {
            // Scanned while it was decoded (with the same items noted), or not of a shape the one pass judges.
            scan = answer.scanned() != null ? answer.scanned() : ResponseScan.of(answer.text(), listed);
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            MwsException unreadable = new MwsUnreadableAnswerException(target.action(), answer.metadata().httpStatus(), e.getMessage(),
                    answer.metadata().requestId());
            unreadable.setResponseMetadata(answer.metadata());
            throw unreadable;
        }
        ledger.handedOut(scan.feedSubmissionId());
        ledger.handedOut(scan.reportRequestId());
        return new MwsResult(answer, scan, stats.attempts(), stats.throttleWaitMillis(), false);
    }

    /** An error answer still tells what is left of the quota. */
    void onError(ResolvedOperation target, MwsException error) {
        throttle.onAnswer(target, error.getResponseMetadata());
    }
}
