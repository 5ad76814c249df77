package io.camelmws.component.store;

import java.time.Instant;

/**
 * A report request or feed submission an instance started and has not finished: what another instance needs to
 * finish it instead of writing again. Holds no secret: the seller is named by MWS address, access-key fingerprint and
 * seller id, and the parameters are the write's own (ReportType, dates, FeedType, marketplaces), never the signed
 * request.
 *
 * @param recordId    this record's own id
 * @param sellerKey   MWS address, access-key fingerprint and seller id, joined by {@code |}
 * @param kind        REPORT or FEED
 * @param writeAction RequestReport or SubmitFeed
 * @param requestKey  a digest of what makes two writes the same request: the write's parameters, and a feed's Content-MD5
 * @param parameters  the write's parameters as a query string, for operators and for looking the write up at MWS
 * @param mwsId       the ReportRequestId or FeedSubmissionId MWS gave, or null while the write is being sent
 * @param startedAt   when the write's first attempt began (the owner's clock)
 * @param owner       the instance that sends the write and awaits it
 * @param heartbeatAt when the owner last said it is alive
 */
public record WorkflowRecord(String recordId, String sellerKey, String kind, String writeAction, String requestKey, String parameters,
                             String mwsId, Instant startedAt, String owner, Instant heartbeatAt) {

    /** Whether MWS's id is known: the write reached MWS and the workflow only waits now. */
    public boolean hasMwsId() {
        return mwsId != null && !mwsId.isEmpty();
    }

    /** Whether the owner has not said it is alive for longer than {@code lease} allows, at {@code now}. */
    public boolean orphaned(Instant now, java.time.Duration lease) {
        return heartbeatAt.plus(lease).isBefore(now);
    }

    public WorkflowRecord withMwsId(String id) {
        return new WorkflowRecord(recordId, sellerKey, kind, writeAction, requestKey, parameters, id, startedAt, owner, heartbeatAt);
    }

    public WorkflowRecord ownedBy(String newOwner, Instant at) {
        return new WorkflowRecord(recordId, sellerKey, kind, writeAction, requestKey, parameters, mwsId, startedAt, newOwner, at);
    }

    public WorkflowRecord restartedAt(Instant at) {
        return new WorkflowRecord(recordId, sellerKey, kind, writeAction, requestKey, parameters, mwsId, at, owner, heartbeatAt);
    }
}
