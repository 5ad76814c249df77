package io.camelmws.bench.report;

import java.util.Locale;
import java.util.Optional;

import io.camelmws.bench.Result;

/** How figures read in docs/performance.md: thousands separated, error bars as {@code ± e}, goals judged honestly. */
final class Figures {

    private Figures() {
    }

    /** The value with the error JMH-style, e.g. {@code 1,234 ± 56}; a single sample shows no error. */
    static String withError(double value, double error) {
        if (Double.isNaN(value)) {
            return "–";
        }
        int decimals = decimals(value);
        String shown = format(value, decimals);
        if (Double.isNaN(error)) {
            return shown;
        }
        return shown + " ± " + format(error, decimals);
    }

    static String withError(Optional<Result> result) {
        return result.map(r -> withError(r.value(), r.error())).orElse("–");
    }

    static String plain(double value) {
        return Double.isNaN(value) ? "–" : format(value, decimals(value));
    }

    static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** Enough decimals for four significant digits below 100 (a ratio of 0.8996 must not read 0.900), none from 100 up. */
    static int decimals(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || magnitude == 0) {
            return 0;
        }
        if (magnitude >= 10) {
            return 2;
        }
        if (magnitude >= 1) {
            return 3;
        }
        return Math.min(7, 3 - (int) Math.floor(Math.log10(magnitude)));
    }

    /** Met when the value is at most {@code goal}; says so when the error bar reaches across the goal. */
    static String atMost(double value, double error, double goal) {
        return verdict(value <= goal, crosses(value, error, goal));
    }

    /** Met when the value is at least {@code goal}. */
    static String atLeast(double value, double error, double goal) {
        return verdict(value >= goal, crosses(value, error, goal));
    }

    static String atMost(Optional<Result> result, double goal) {
        return result.map(r -> atMost(r.value(), r.error(), goal)).orElse("not measured");
    }

    static String atLeast(Optional<Result> result, double goal) {
        return result.map(r -> atLeast(r.value(), r.error(), goal)).orElse("not measured");
    }

    private static boolean crosses(double value, double error, double goal) {
        return !Double.isNaN(error) && value - error <= goal && goal <= value + error;
    }

    private static String verdict(boolean met, boolean crossesGoal) {
        String verdict = met ? "**met**" : "**not met**";
        return crossesGoal ? verdict + " (the error bar reaches across the goal)" : verdict;
    }
}
