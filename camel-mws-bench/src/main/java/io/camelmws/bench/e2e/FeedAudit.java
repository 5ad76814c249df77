package io.camelmws.bench.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelmws.bench.Result;
import io.camelmws.bench.e2e.SoakLoad.FeedOutcome;
import io.camelmws.sandbox.feeds.ReceivedFeed;

/**
 * Holds what each feed exchange of the soak reported against the feeds the sandbox received, by the marker (SKU) each
 * feed carries: a feed reported submitted must have arrived once, under the id reported; a feed that arrived must be
 * explained by an exchange that reported its id, or by one that failed saying the outcome is uncertain (and, when it
 * named candidates, naming it). Every discrepancy is printed with its marker and ids.
 */
public final class FeedAudit {

    /** The figures, in the order the page shows them; those with a goal of 0 are {@link #MUST_BE_ZERO}. */
    static final List<String> MEASURES = List.of("sent", "reported", "received", "received_as_reported", "uncertain", "uncertain_received",
            "failed_not_received", "reported_not_received", "wrong_id", "duplicates", "received_unexplained");
    public static final Set<String> MUST_BE_ZERO = Set.of("reported_not_received", "wrong_id", "duplicates", "received_unexplained");

    private final Map<String, Long> counts = new LinkedHashMap<>();

    private FeedAudit() {
        MEASURES.forEach(measure -> counts.put(measure, 0L));
    }

    static List<Result> audit(List<FeedOutcome> outcomes, List<ReceivedFeed> received) {
        FeedAudit audit = new FeedAudit();
        audit.compare(outcomes, received);
        List<Result> results = new ArrayList<>();
        audit.counts.forEach((measure, count) -> results.add(Result.of("soak.feeds", count, "feeds", Double.NaN, "measure", measure).print()));
        return results;
    }

    private void compare(List<FeedOutcome> outcomes, List<ReceivedFeed> received) {
        Map<String, List<ReceivedFeed>> byMarker = new LinkedHashMap<>();
        Map<String, ReceivedFeed> byId = new LinkedHashMap<>();
        for (ReceivedFeed feed : received) {
            byMarker.computeIfAbsent(markerOf(feed), m -> new ArrayList<>()).add(feed);
            byId.put(feed.feedSubmissionId(), feed);
        }
        Set<String> explained = new HashSet<>();
        add("sent", outcomes.size());
        add("received", received.size());
        for (FeedOutcome outcome : outcomes) {
            List<ReceivedFeed> arrived = byMarker.getOrDefault(outcome.marker(), List.of());
            if (arrived.size() > 1) {
                add("duplicates", arrived.size() - 1);
                tell(outcome, "arrived " + arrived.size() + " times: " + arrived.stream().map(ReceivedFeed::feedSubmissionId).toList());
            }
            if (outcome.feedSubmissionId() != null) {
                add("reported", 1);
                ReceivedFeed feed = byId.get(outcome.feedSubmissionId());
                if (arrived.isEmpty()) {
                    add("reported_not_received", 1);
                    tell(outcome, "reported as submission " + outcome.feedSubmissionId() + " but never arrived");
                }
                if (feed == null || !outcome.marker().equals(markerOf(feed))) {
                    add("wrong_id", 1);
                    tell(outcome, "reported submission " + outcome.feedSubmissionId() + ", which holds " + (feed == null ? "no feed" : markerOf(feed)));
                } else {
                    add("received_as_reported", 1);
                    explained.add(feed.feedSubmissionId());
                }
            } else if (FeedOutcome.FAILED.equals(outcome.outcome()) && outcome.uncertain()) {
                add("uncertain", 1);
                if (!arrived.isEmpty()) {
                    add("uncertain_received", 1);
                }
                for (ReceivedFeed feed : arrived) {
                    if (outcome.candidates().isEmpty() || outcome.candidates().contains(feed.feedSubmissionId())) {
                        explained.add(feed.feedSubmissionId());
                    } else {
                        tell(outcome, "uncertain with candidates " + outcome.candidates() + ", but arrived as " + feed.feedSubmissionId());
                    }
                }
            } else {
                if (arrived.isEmpty()) {
                    add("failed_not_received", FeedOutcome.FAILED.equals(outcome.outcome()) ? 1 : 0);
                } else {
                    tell(outcome, outcome.outcome() + " (" + outcome.exception() + ") without an id, but arrived as "
                                  + arrived.stream().map(ReceivedFeed::feedSubmissionId).toList());
                }
            }
        }
        for (ReceivedFeed feed : received) {
            if (!explained.contains(feed.feedSubmissionId())) {
                add("received_unexplained", 1);
                System.out.println("# feed audit: submission " + feed.feedSubmissionId() + " (" + markerOf(feed) + ") is explained by no exchange");
            }
        }
        System.out.println("# feed audit: " + counts);
    }

    private void add(String measure, long count) {
        counts.merge(measure, count, Long::sum);
    }

    private static void tell(FeedOutcome outcome, String what) {
        System.out.println("# feed audit: " + outcome.marker() + " (route " + outcome.route() + ", " + outcome.outcome()
                           + (outcome.recovered() ? ", recovered" : "") + ") " + what);
    }

    /** The soak marker in a feed's SKU column, or {@code "(none)"}. */
    static String markerOf(ReceivedFeed feed) {
        String text = feed.text(StandardCharsets.ISO_8859_1);
        int at = text.indexOf(SoakLoad.MARKER_PREFIX);
        if (at < 0) {
            return "(none)";
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }
}
