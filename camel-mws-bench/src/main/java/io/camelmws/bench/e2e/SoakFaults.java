package io.camelmws.bench.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.log.SandboxRequest;

/**
 * The faults the soak's sandbox serves: about 5 % of the requests it authenticates and admits, each drawn at random
 * (from a seeded source) per request. Every kind the sandbox offers that a real MWS or the network between produces:
 * a connection lost before or after the operation ran, throttling, an hourly quota used up, unreadable and slow
 * answers, server errors, and downloads whose Content-MD5 is wrong.
 */
public final class SoakFaults {

    /** The seed of the sandbox's dice: the same requests in the same order meet the same faults. */
    static final long SEED = 11;

    /** What {@link #DELAY} holds an answer back: longer than the soak's {@code requestTimeout}, so the call times out. */
    static final Duration DELAY = Duration.ofSeconds(6);
    static final int TRICKLE_BYTES_PER_SECOND = 2_000;

    /** Operations MWS gives an hourly quota, the only ones it answers QuotaExceeded (with the hour's reset time). */
    static final List<String> HOURLY = List.of("SubmitFeed", "GetFeedSubmissionList", "GetFeedSubmissionResult", "RequestReport",
            "GetReportRequestList", "GetReport");
    static final List<String> DOWNLOADS = List.of("GetReport", "GetFeedSubmissionResult");

    /**
     * One kind of fault.
     *
     * @param label       how the page and the RESULT lines name it; the request log's fault kind, or the error code
     * @param what        what the client meets, for the page
     * @param probability the chance that an admitted request matching {@code actions} meets it
     * @param actions     the operations it applies to; empty for all
     */
    public record Share(String label, String what, double probability, List<String> actions, Function<FaultRule.Target, FaultRule> fault) {
    }

    public static final List<Share> MIX = List.of(
            new Share("connectionReset", "connection closed without an answer, before the operation ran", 0.008, List.of(),
                    FaultRule.Target::connectionReset),
            new Share("cutShort", "half the answer sent, then the connection closed: the operation ran", 0.008, List.of(),
                    target -> target.cutShort(0.5)),
            new Share("malformedXml", "a complete 200 answer whose XML ends inside a tag: the operation ran", 0.008, List.of(),
                    FaultRule.Target::malformedXml),
            new Share("throttled", "503 RequestThrottled", 0.006, List.of(), FaultRule.Target::throttled),
            new Share("internalError", "500 InternalError", 0.005, List.of(), FaultRule.Target::internalError),
            new Share("serviceUnavailable", "503 ServiceUnavailable", 0.005, List.of(), FaultRule.Target::serviceUnavailable),
            new Share("delay", "the answer held back " + DELAY.toSeconds() + " s (past the routes' requestTimeout): the operation ran", 0.003,
                    List.of(), target -> target.delay(DELAY)),
            new Share("trickle", "the answer written at " + TRICKLE_BYTES_PER_SECOND / 1000 + " KB/s", 0.003, List.of(),
                    target -> target.trickle(TRICKLE_BYTES_PER_SECOND)),
            new Share("QuotaExceeded", "503 QuotaExceeded with the hour's reset time, for operations with an hourly quota", 0.004, HOURLY,
                    target -> target.error(503, "QuotaExceeded", "You exceeded your quota of requests per 1 hour for this operation.")),
            new Share("wrongContentMd5", "a download whose Content-MD5 does not match its body", 0.004, DOWNLOADS,
                    FaultRule.Target::wrongContentMd5));

    private SoakFaults() {
    }

    /** Arms the mix in {@code sandbox}: rules that keep firing, at their probability, until the faults are cleared. */
    static void arm(MwsSandbox sandbox) {
        List<FaultRule> rules = new ArrayList<>();
        for (Share share : MIX) {
            if (share.actions().isEmpty()) {
                rules.add(share.fault().apply(FaultRule.forAnyAction()).probability(share.probability()));
            } else {
                for (String action : share.actions()) {
                    rules.add(share.fault().apply(FaultRule.forAction(action)).probability(share.probability()));
                }
            }
        }
        sandbox.faults().add(rules.toArray(FaultRule[]::new));
    }

    /** The share that served {@code request}, by its label; null when no fault did. */
    static String labelOf(SandboxRequest request) {
        if (request.fault() == null) {
            return null;
        }
        return "error".equals(request.fault()) ? request.errorCode() : request.fault();
    }

    /** What the fault labelled {@code label} does, for the page; the label itself when unknown. */
    public static String describe(String label) {
        return MIX.stream().filter(share -> share.label().equals(label)).map(Share::what).findFirst().orElse(label);
    }
}
