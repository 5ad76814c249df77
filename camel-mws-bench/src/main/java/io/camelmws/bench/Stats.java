package io.camelmws.bench;

import org.openjdk.jmh.util.ListStatistics;

/**
 * Mean and error of repeated runs, computed as JMH computes them (half-width of the 99.9 % confidence interval,
 * Student's t), so the end-to-end figures and the JMH figures carry comparable error bars.
 */
public record Stats(double mean, double error, int samples) {

    public static final double CONFIDENCE = 0.999;

    public static Stats of(double... samples) {
        ListStatistics statistics = new ListStatistics(samples);
        double error = samples.length < 2 ? Double.NaN : statistics.getMeanErrorAt(CONFIDENCE);
        return new Stats(statistics.getMean(), error, samples.length);
    }

    /** {@code a / b} with the relative errors added in quadrature (NaN errors stay NaN). */
    public static Stats ratio(double a, double errorA, double b, double errorB) {
        double ratio = a / b;
        double relative = Math.sqrt(Math.pow(errorA / a, 2) + Math.pow(errorB / b, 2));
        return new Stats(ratio, ratio * relative, 0);
    }
}
