package io.camelmws.sandbox.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults armed in one sandbox. Rules are tried in the order they were added; the first matching rule with
 * shots left, and chosen by the dice if it is {@link FaultRule#probability(double) probabilistic}, fires. Safe
 * to change from a test thread while the server is answering.
 */
public final class SandboxFaults {

    private final List<Armed> rules = new CopyOnWriteArrayList<>();
    private final Long seed;
    private volatile Random random;

    /** Faults whose probabilistic rules draw from an unseeded random source. */
    public SandboxFaults() {
        this.seed = null;
        this.random = new Random();
    }

    /**
     * Faults whose probabilistic rules draw from a source seeded with {@code seed}: the same requests, sent one
     * after the other, meet the same faults on every run.
     */
    public SandboxFaults(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Arms rules; each fires as often as its {@link FaultRule#times()} says. */
    public SandboxFaults add(FaultRule... faultRules) {
        for (FaultRule rule : faultRules) {
            rules.add(new Armed(rule));
        }
        return this;
    }

    /** Disarms every rule and, when seeded, starts the random sequence again from the seed. */
    public void clear() {
        rules.clear();
        if (seed != null) {
            random = new Random(seed);
        }
    }

    /** The rules that can still fire. */
    public List<FaultRule> pending() {
        List<FaultRule> pending = new ArrayList<>();
        for (Armed armed : rules) {
            if (armed.remaining.get() != 0) {
                pending.add(armed.rule);
            }
        }
        return pending;
    }

    /**
     * Takes one shot of the first matching rule. Called by the sandbox for each authenticated request.
     *
     * @return the rule that fired, or {@code null}
     */
    public FaultRule fire(String action) {
        if (rules.isEmpty()) {
            return null;
        }
        for (Armed armed : rules) {
            if (armed.rule.matches(action) && armed.remaining.get() != 0 && chosen(armed.rule) && armed.tryFire()) {
                return armed.rule;
            }
        }
        return null;
    }

    private boolean chosen(FaultRule rule) {
        return rule.probability() >= 1 || random.nextDouble() < rule.probability();
    }

    /** A rule plus its remaining shots; concurrent requests never take more shots than were armed. */
    private static final class Armed {
        final FaultRule rule;
        final AtomicInteger remaining;

        Armed(FaultRule rule) {
            this.rule = rule;
            this.remaining = new AtomicInteger(rule.times());
        }

        boolean tryFire() {
            while (true) {
                int left = remaining.get();
                if (left == FaultRule.ALWAYS) {
                    return true;
                }
                if (left == 0) {
                    return false;
                }
                if (remaining.compareAndSet(left, left - 1)) {
                    return true;
                }
            }
        }
    }
}
