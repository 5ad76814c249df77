package io.camelmws.sandbox.webservice;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long, in simulated time, a report request or feed submission stays {@code _SUBMITTED_} and then
 * {@code _IN_PROGRESS_} before it is done. Statuses are computed from these and the submission instant on each
 * request, so nothing runs in the background and a scaled or advanced clock moves every life cycle at once.
 *
 * @param submitted  time spent {@code _SUBMITTED_}
 * @param inProgress time spent {@code _IN_PROGRESS_} afterwards
 */
public record ProcessingTimes(Duration submitted, Duration inProgress) {

    /** About what MWS took for a small report or feed: half a minute queued, a minute processing. */
    public static final ProcessingTimes DEFAULT = new ProcessingTimes(Duration.ofSeconds(30), Duration.ofSeconds(60));

    /** Done the moment it is submitted; for tests that do not care about the life cycle. */
    public static final ProcessingTimes IMMEDIATE = new ProcessingTimes(Duration.ZERO, Duration.ZERO);

    public ProcessingTimes {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(inProgress, "inProgress");
        if (submitted.isNegative() || inProgress.isNegative()) {
            throw new IllegalArgumentException("processing times must not be negative, were " + submitted + " and "
                    + inProgress);
        }
    }

    public Instant startedAt(Instant submittedAt) {
        return submittedAt.plus(submitted);
    }

    public Instant completedAt(Instant submittedAt) {
        return submittedAt.plus(submitted).plus(inProgress);
    }
}
