package io.camelmws.component.metrics;

import org.apache.camel.CamelContext;

import io.camelmws.component.monitor.SellerMonitor;
import io.camelmws.component.pipeline.CallObserver;
import io.camelmws.component.throttle.Throttler;

/**
 * The component's metrics: {@link #NONE} unless a Micrometer {@code MeterRegistry} is in the Camel registry, so
 * without one the pipeline calls no meter at all and Micrometer need not be on the classpath.
 */
public interface MwsMetrics {

    MwsMetrics NONE = seller -> CallObserver.NONE;

    /** The observer that meters the calls of one seller (and registers that seller's gauges). */
    CallObserver forSeller(SellerMonitor seller);

    /** Micrometer metrics when a MeterRegistry is bound in the Camel registry, else {@link #NONE}. */
    static MwsMetrics of(CamelContext context, Throttler throttler) {
        if (context.getClassResolver().resolveClass("io.micrometer.core.instrument.MeterRegistry") == null) {
            return NONE;
        }
        return MicrometerMwsMetrics.fromRegistryOf(context, throttler);
    }
}
