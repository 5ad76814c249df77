package io.camelmws.component.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.monitor.PollStatus;
import io.camelmws.component.monitor.SellerMonitor;
import io.camelmws.component.pipeline.CallPipeline;
import io.camelmws.component.pipeline.CallStats;
import io.camelmws.component.throttle.OperationThrottle;
import io.camelmws.component.throttle.QuotaSnapshot;
import io.camelmws.component.throttle.Throttler;

/**
 * The health of one seller's MWS. UP when MWS answered a call recently (an error that is not about the credentials is
 * an answer too), or else when a GetServiceStatus probe succeeds; DOWN with the error code and request id when MWS
 * refused the credentials, DOWN with the cause when it could not be reached. A probe is sent through the seller's own
 * pipeline and quota, at most once per restore period of GetServiceStatus, only when its quota has a request left and no
 * real call answered within that period. Details name the seller by id and access-key fingerprint, never a secret.
 */
public final class MwsSellerHealthCheck implements HealthCheck {

    static final String PROBE_SECTION = "Sellers";
    static final String PROBE_ACTION = "GetServiceStatus";
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    static final int BUSIEST_BUCKETS = 3;

    private final SellerMonitor monitor;
    private final Throttler throttler;
    private final Duration probeInterval;
    private final ResolvedOperation probe;
    private final String id;
    private volatile boolean enabled = true;
    private Instant lastProbeAt;

    /**
     * @param timeScale how much faster than real time the MWS called runs its quotas: the probe interval is scaled by it
     */
    public MwsSellerHealthCheck(SellerMonitor monitor, Throttler throttler, double timeScale) {
        this.monitor = monitor;
        this.throttler = throttler;
        this.probe = new OperationResolver(MwsCatalog.standard()).resolve(PROBE_ACTION, PROBE_SECTION, null);
        this.probeInterval = Duration.ofNanos(Math.max(1, Math.round(probe.operation().throttle().restorePeriod().toNanos() / timeScale)));
        this.id = "producer:mws-" + monitor.sellerId() + "-" + monitor.credentials();
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** MWS's health is not the JVM's: a DOWN seller should stop traffic, not restart the process. */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail("seller.id", monitor.sellerId());
        builder.detail("access.key.fingerprint", monitor.credentials());
        builder.detail("mws.endpoint", monitor.baseUrl());
        SellerMonitor.Reachability known = monitor.reachability();
        if (!answeredSince(known, Instant.now().minus(probeInterval))) {
            probeIfAllowed();
            known = monitor.reachability();
        }
        describeQuotas(builder);
        builder.detail("quota.store", monitor.stores().quotas());
        builder.detail("workflow.store", monitor.stores().workflows());
        List<SellerMonitor.PendingWorkflow> pending = monitor.pendingWorkflows();
        builder.detail("pending.workflows", pending.size());
        for (int i = 0; i < Math.min(pending.size(), BUSIEST_BUCKETS); i++) {
            SellerMonitor.PendingWorkflow workflow = pending.get(i);
            builder.detail("pending." + (i + 1), workflow.kind() + " " + (workflow.id() == null ? "(being sent)" : workflow.id()) + " since "
                                                 + workflow.since() + " owner " + workflow.owner());
        }
        describeConsumers(builder);
        if (known == null) {
            return builder.unknown().message("MWS has not been called for seller " + monitor.sellerId()
                                             + " and its GetServiceStatus quota allows no probe now").build();
        }
        builder.detail("last.answer.action", known.action());
        builder.detail("last.verdict.at", known.at().toString());
        if (known.up()) {
            return builder.up().build();
        }
        if (known.code() != null) {
            builder.detail("error.code", known.code());
            if (known.requestId() != null) {
                builder.detail("request.id", known.requestId());
            }
            return builder.down().message("MWS refused the credentials of seller " + monitor.sellerId() + ": " + known.code()
                                          + (known.requestId() == null ? "" : " [request id " + known.requestId() + "]")).build();
        }
        return builder.down().error(known.cause()).message("MWS at " + monitor.baseUrl() + " cannot be reached: " + known.cause()).build();
    }

    private static boolean answeredSince(SellerMonitor.Reachability known, Instant since) {
        return known != null && known.up() && known.at().isAfter(since);
    }

    /** One probe per restore period at most, and only while the quota has a request: a probe never waits, nor takes a caller's turn. */
    private synchronized void probeIfAllowed() {
        CallPipeline pipeline = monitor.probePipeline();
        Instant now = Instant.now();
        if (pipeline == null || (lastProbeAt != null && now.isBefore(lastProbeAt.plus(probeInterval)))) {
            return;
        }
        OperationThrottle quota = throttler.handedOut(monitor.credentials(), monitor.sellerId(), PROBE_SECTION, PROBE_ACTION);
        if (quota != null && !quota.availableNow()) {
            return;
        }
        lastProbeAt = now;
        try {
            // The probe's outcome reaches the monitor through the pipeline's observer, like any call's.
            pipeline.call(probe, new TreeMap<>(), null, new CallStats()).get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException answeredOrSlow) {
            // Recorded (or not yet known): the verdict is read from the monitor.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Each polling consumer of the seller: what it polls, where its state lives (memory is lost on restart), its
     * watermark and how long since a poll last listed without failing. A consumer that stopped polling shows here
     * first: its time since the last poll grows while MWS itself may still be UP.
     */
    private void describeConsumers(HealthCheckResultBuilder builder) {
        List<PollStatus> consumers = monitor.consumers();
        builder.detail("consumers", consumers.size());
        Instant now = Instant.now();
        for (int i = 0; i < consumers.size(); i++) {
            PollStatus consumer = consumers.get(i);
            String prefix = "consumer." + (i + 1) + ".";
            builder.detail(prefix + "action", consumer.action());
            if (consumer.routeId() != null) {
                builder.detail(prefix + "route", consumer.routeId());
            }
            builder.detail(prefix + "state", consumer.storage().name().toLowerCase(java.util.Locale.ROOT));
            if (consumer.storage() == PollStatus.Storage.MEMORY) {
                builder.detail(prefix + "state.warning", "watermark and delivered items are kept in memory and lost on restart");
            }
            builder.detail(prefix + "watermark", consumer.watermark() == null ? "none yet" : consumer.watermark().toString());
            builder.detail(prefix + "since.last.poll.ms", consumer.lastSuccessfulPoll() == null ? -1
                    : Duration.between(consumer.lastSuccessfulPoll(), now).toMillis());
            if (consumer.lastFailure() != null) {
                builder.detail(prefix + "last.failure", consumer.lastFailure());
            }
        }
    }

    private void describeQuotas(HealthCheckResultBuilder builder) {
        List<QuotaSnapshot> busiest = monitor.quotas().stream().sorted(Comparator.comparingDouble(QuotaSnapshot::usage).reversed())
                .limit(BUSIEST_BUCKETS).toList();
        for (int i = 0; i < busiest.size(); i++) {
            QuotaSnapshot quota = busiest.get(i);
            String prefix = "quota." + (i + 1) + ".";
            builder.detail(prefix + "bucket", quota.section() + "/" + quota.bucket() + " (" + quota.action() + ")");
            builder.detail(prefix + "left", quota.tokensLeft() + "/" + quota.capacity());
            builder.detail(prefix + "next.refill.ms", quota.nextRefill().toMillis());
            if (quota.hourlyLeft() != null) {
                builder.detail(prefix + "hourly.left", quota.hourlyLeft() + "/" + quota.hourlyQuota());
            }
        }
    }
}
