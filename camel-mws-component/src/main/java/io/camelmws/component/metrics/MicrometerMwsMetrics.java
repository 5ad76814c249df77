package io.camelmws.component.metrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.monitor.SellerMonitor;
import io.camelmws.component.pipeline.CallObserver;
import io.camelmws.component.throttle.OperationThrottle;
import io.camelmws.component.throttle.Throttler;

/**
 * MWS meters in a Micrometer registry, tagged by {@code seller} (the access key's fingerprint, never the key),
 * {@code section} and {@code action}. Only this class names Micrometer types: it is loaded only when Micrometer is there.
 */
final class MicrometerMwsMetrics implements MwsMetrics {

    /** camel-micrometer's name for its registry, used when the Camel registry holds several. */
    static final String CAMEL_MICROMETER_REGISTRY = "metricsRegistry";

    private final MeterRegistry registry;
    private final Throttler throttler;

    private MicrometerMwsMetrics(MeterRegistry registry, Throttler throttler) {
        this.registry = registry;
        this.throttler = throttler;
    }

    static MwsMetrics fromRegistryOf(CamelContext context, Throttler throttler) {
        Set<MeterRegistry> found = context.getRegistry().findByType(MeterRegistry.class);
        MeterRegistry registry = found.size() == 1 ? found.iterator().next()
                : context.getRegistry().lookupByNameAndType(CAMEL_MICROMETER_REGISTRY, MeterRegistry.class);
        return registry == null ? NONE : new MicrometerMwsMetrics(registry, throttler);
    }

    @Override
    public CallObserver forSeller(SellerMonitor seller) {
        for (String kind : new String[] { "REPORT", "FEED" }) {
            Gauge.builder("mws.workflows.pending", seller, s -> s.pendingWorkflows().stream().filter(w -> w.kind().equals(kind)).count())
                    .description("Report requests or feed submissions awaited at MWS").tags("seller", seller.credentials(), "kind", kind)
                    .register(registry);
        }
        return new SellerMeters(seller);
    }

    /** The meters of one seller; those of each operation are looked up once. */
    private final class SellerMeters implements CallObserver {

        private final SellerMonitor seller;
        private final Map<ResolvedOperation, OperationMeters> operations = new ConcurrentHashMap<>();

        SellerMeters(SellerMonitor seller) {
            this.seller = seller;
        }

        private OperationMeters of(ResolvedOperation target) {
            return operations.computeIfAbsent(target, OperationMeters::new);
        }

        @Override
        public void admitted(ResolvedOperation target, long waitedNanos) {
            of(target).throttleWait.record(waitedNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void retrying(ResolvedOperation target, String reason) {
            Counter.builder("mws.retries").description("Attempts tried again, by reason (MWS error code or io)").tags(of(target).tags)
                    .tag("reason", reason).register(registry).increment();
        }

        @Override
        public void throttledAnswer(ResolvedOperation target, String errorCode) {
            Counter.builder("mws.throttled.answers").description("RequestThrottled and QuotaExceeded answers received").tags(of(target).tags)
                    .tag("code", errorCode).register(registry).increment();
        }

        @Override
        public void downloaded(ResolvedOperation target, long bytes) {
            of(target).downloadedBytes.increment(bytes);
        }

        @Override
        public void contentMismatch(ResolvedOperation target) {
            of(target).md5Mismatches.increment();
        }

        @Override
        public void completed(ResolvedOperation target, Throwable failure, long elapsedNanos) {
            Timer.builder("mws.calls").description("MWS calls by outcome: success, the MWS error code, or io").tags(of(target).tags)
                    .tag("outcome", CallObserver.outcomeOf(failure)).register(registry).record(elapsedNanos, TimeUnit.NANOSECONDS);
        }

        /** The meters of one operation, and its quota's gauges once the quota exists. */
        private final class OperationMeters {
            final Tags tags;
            final Timer throttleWait;
            final Counter downloadedBytes;
            final Counter md5Mismatches;

            OperationMeters(ResolvedOperation target) {
                tags = Tags.of("seller", seller.credentials(), "section", target.section().name(), "action", target.action());
                throttleWait = Timer.builder("mws.throttle.wait").description("Time calls waited for their quota").tags(tags).register(registry);
                downloadedBytes = Counter.builder("mws.download.bytes").description("Bytes of documents downloaded and verified").baseUnit("bytes")
                        .tags(tags).register(registry);
                md5Mismatches = Counter.builder("mws.download.md5.mismatches").description("Downloads whose MD5 or length was not MWS's")
                        .tags(tags).register(registry);
                OperationThrottle quota = throttler.handedOut(seller.credentials(), seller.sellerId(), target.section().name(), target.action());
                if (quota != null) {
                    String bucket = quota.snapshot(seller.credentials(), seller.sellerId(), target.section().name()).bucket();
                    Gauge.builder("mws.quota.remaining", quota, q -> q.snapshot(seller.credentials(), seller.sellerId(), target.section().name())
                            .tokensLeft()).description("Requests left in the quota's burst bucket")
                            .tags("seller", seller.credentials(), "section", target.section().name(), "bucket", bucket).register(registry);
                }
            }
        }
    }
}
