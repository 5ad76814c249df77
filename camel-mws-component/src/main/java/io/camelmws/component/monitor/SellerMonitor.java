package io.camelmws.component.monitor;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsTransportException;
import io.camelmws.component.pipeline.CallObserver;
import io.camelmws.component.pipeline.CallPipeline;
import io.camelmws.component.throttle.QuotaSnapshot;

/**
 * What the component knows of one seller's MWS (one MWS address, access key and seller id): whether the last answer
 * proved it reachable with these credentials, the last errors, its quotas, pending workflows and polling consumers. Fed by the pipelines
 * of every endpoint of the seller; read by the health check and the dev console. Holds the access key's fingerprint,
 * never a secret, and keeps no error message (an MWS message may quote the string that was signed).
 */
public final class SellerMonitor implements CallObserver {

    /** Error codes that say the credentials, not the network or MWS, are wrong: retrying cannot help. */
    public static final Set<String> CREDENTIAL_ERRORS = Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied");
    static final int RECENT_ERRORS = 20;

    private final String baseUrl;
    private final String credentials;
    private final String sellerId;
    private final Supplier<List<QuotaSnapshot>> quotas;
    private final Supplier<List<PendingWorkflow>> workflows;
    private final Deque<ErrorRecord> errors = new ArrayDeque<>();
    private final java.util.Set<PollStatus> consumers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Reachability reachability;
    private volatile CallPipeline probePipeline;
    private final Stores stores;

    /**
     * A workflow under way at MWS: its kind (REPORT, FEED), the id MWS gave (null while its write is being sent), since
     * when it is under way, and the instance that owns it in the workflow store ({@code this} for this instance,
     * {@code -} for nobody: left for the next exchange of the same request).
     */
    public record PendingWorkflow(String kind, String id, Instant since, String owner) {

        public PendingWorkflow(String kind, String id, Instant since) {
            this(kind, id, since, THIS_INSTANCE);
        }
    }

    /** The owner of a pending workflow awaited by this instance. */
    public static final String THIS_INSTANCE = "this";

    /** Where the component keeps the seller's quotas and workflows, e.g. {@code memory} or {@code jdbc (table ...)}. */
    public record Stores(String quotas, String workflows) {
    }

    /** An error MWS answered, or a failure to reach it: code (or {@code io}, or the failure's class), action, when. */
    public record ErrorRecord(Instant at, String action, String code, int httpStatus, String requestId) {
    }

    /**
     * What the last call that reached a verdict said. {@code up} when MWS answered (even with an error that is not about
     * the credentials); else {@code code} and {@code requestId} for a credentials error, {@code cause} for no answer.
     */
    public record Reachability(Instant at, boolean up, String action, String code, String requestId, Throwable cause) {
    }

    public SellerMonitor(String baseUrl, String credentials, String sellerId, Supplier<List<QuotaSnapshot>> quotas,
                         Supplier<List<PendingWorkflow>> workflows) {
        this(baseUrl, credentials, sellerId, quotas, workflows, new Stores("memory", "memory"));
    }

    public SellerMonitor(String baseUrl, String credentials, String sellerId, Supplier<List<QuotaSnapshot>> quotas,
                         Supplier<List<PendingWorkflow>> workflows, Stores stores) {
        this.stores = stores;
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.sellerId = sellerId;
        this.quotas = quotas;
        this.workflows = workflows;
    }

    @Override
    public void completed(ResolvedOperation target, Throwable failure, long elapsedNanos) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        Instant now = Instant.now();
        if (cause == null) {
            reachability = new Reachability(now, true, target.action(), null, null, null);
            return;
        }
        if (cause instanceof MwsTransportException || cause instanceof IOException) {
            reachability = new Reachability(now, false, target.action(), null, null, cause instanceof MwsTransportException && cause.getCause() != null
                    ? cause.getCause() : cause);
            record(new ErrorRecord(now, target.action(), "io", 0, null));
            return;
        }
        if (cause instanceof MwsException mws) {
            // Only an answer carries news of MWS; a refusal by the client's own throttle (status 0, no code) does not.
            if (mws.getHttpStatus() > 0 || mws.getErrorCode() != null) {
                boolean credentialsWrong = CREDENTIAL_ERRORS.contains(mws.getErrorCode());
                reachability = new Reachability(now, !credentialsWrong, target.action(), mws.getErrorCode(), mws.getRequestId(), null);
            }
            record(new ErrorRecord(now, target.action(), CallObserver.outcomeOf(mws), mws.getHttpStatus(), mws.getRequestId()));
            return;
        }
        record(new ErrorRecord(now, target.action(), cause.getClass().getSimpleName(), 0, null));
    }

    private void record(ErrorRecord error) {
        synchronized (errors) {
            if (errors.size() == RECENT_ERRORS) {
                errors.removeFirst();
            }
            errors.addLast(error);
        }
    }

    /** The last errors, newest first. */
    public List<ErrorRecord> recentErrors() {
        synchronized (errors) {
            List<ErrorRecord> newestFirst = new java.util.ArrayList<>(errors);
            java.util.Collections.reverse(newestFirst);
            return newestFirst;
        }
    }

    /** The verdict of the last call that reached one, or null before any. */
    public Reachability reachability() {
        return reachability;
    }

    /** The pipeline a health probe is sent through: the most recently started endpoint's of this seller. */
    public void probeThrough(CallPipeline pipeline) {
        this.probePipeline = pipeline;
    }

    public CallPipeline probePipeline() {
        return probePipeline;
    }

    public List<QuotaSnapshot> quotas() {
        return quotas.get();
    }

    public List<PendingWorkflow> pendingWorkflows() {
        return workflows.get();
    }

    /** Where the seller's quotas and workflows are kept. */
    public Stores stores() {
        return stores;
    }

    /** A polling consumer of this seller, while it runs. */
    public void register(PollStatus consumer) {
        consumers.add(consumer);
    }

    public void unregister(PollStatus consumer) {
        consumers.remove(consumer);
    }

    /** The polling consumers of this seller that run now, by action and route. */
    public List<PollStatus> consumers() {
        return consumers.stream().sorted(java.util.Comparator.comparing(PollStatus::action)
                .thenComparing(status -> String.valueOf(status.routeId()))).toList();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The access key's fingerprint. */
    public String credentials() {
        return credentials;
    }

    public String sellerId() {
        return sellerId;
    }
}
