package io.camelmws.sandbox.webservice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A life cycle on the simulated clock: from a start instant, a thing spends a fixed time in each status and stays
 * in the last one. Statuses are computed from the start on every request (as {@link ProcessingTimes} does for
 * reports and feeds), so nothing runs in the background and a scaled or advanced clock moves every life cycle.
 *
 * @param <S> the statuses, e.g. RECEIVED, PLANNING, PROCESSING, COMPLETE
 */
public final class Timeline<S> {

    /** One status and how long it lasts; the last step's duration is ignored (it lasts for ever). */
    public record Step<S>(S status, Duration lasts) {
        public Step {
            Objects.requireNonNull(status, "status");
            if (lasts.isNegative()) {
                throw new IllegalArgumentException("a status cannot last " + lasts);
            }
        }
    }

    /** Where a life cycle is: its status and the instant it entered it. */
    public record Stage<S>(S status, Instant since) {
    }

    private final List<Step<S>> steps;

    private Timeline(List<Step<S>> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one status");
        }
        this.steps = List.copyOf(steps);
    }

    /** Starts a timeline with its first status. */
    public static <S> Builder<S> first(S status, Duration lasts) {
        return new Builder<S>().then(status, lasts);
    }

    /** The status at {@code now} of a life cycle that started at {@code start} (the first status before it). */
    public Stage<S> at(Instant start, Instant now) {
        Instant since = start;
        for (int i = 0; i < steps.size() - 1; i++) {
            Instant next = since.plus(steps.get(i).lasts());
            if (now.isBefore(next)) {
                return new Stage<>(steps.get(i).status(), since);
            }
            since = next;
        }
        return new Stage<>(steps.get(steps.size() - 1).status(), since);
    }

    /** When a life cycle that started at {@code start} enters {@code status}; {@code null} if it never does. */
    public Instant entered(Instant start, S status) {
        Instant since = start;
        for (Step<S> step : steps) {
            if (step.status().equals(status)) {
                return since;
            }
            since = since.plus(step.lasts());
        }
        return null;
    }

    /** Collects the steps of a timeline in order. */
    public static final class Builder<S> {
        private final List<Step<S>> steps = new ArrayList<>();

        private Builder() {
        }

        public Builder<S> then(S status, Duration lasts) {
            steps.add(new Step<>(status, lasts));
            return this;
        }

        /** The last status, which is never left. */
        public Timeline<S> last(S status) {
            steps.add(new Step<>(status, Duration.ZERO));
            return new Timeline<>(steps);
        }
    }
}
