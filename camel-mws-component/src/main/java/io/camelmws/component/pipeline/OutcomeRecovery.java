package io.camelmws.component.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.model.MwsResult;

/** Finds out whether a write whose outcome was lost (its answer cut or unreadable) reached MWS. */
public interface OutcomeRecovery {

    /**
     * A write that could be looked up begins its first attempt at {@code at}; {@link #ended} is told when its call ends.
     * Until then, and after it if it ended without its id, a look-up for another write of the same kind cannot tell the
     * two writes' submissions apart.
     */
    SubmissionLedger.Write began(ResolvedOperation write, SortedMap<String, String> parameters, Instant at);

    /** The call of {@code write} ended, with its submission's id known (a result) or not (a failure). */
    void ended(SubmissionLedger.Write write, boolean idKnown);

    /** MWS handed {@code id} to a write (this process's or another's): it is never another write's lost submission. */
    void known(String id);

    /**
     * @param self the write looked up, as {@link #began} returned it
     */
    CompletableFuture<Outcome> lookUp(ResolvedOperation write, SortedMap<String, String> parameters, SubmissionLedger.Write self);

    /** What the look-up proved. */
    sealed interface Outcome {
    }

    /** MWS holds exactly one submission that can only be this write's: the call's result, rebuilt from it. */
    record Found(MwsResult result) implements Outcome {
    }

    /** MWS holds no submission that can be this write's: it did not arrive, and may be sent again. */
    record Absent() implements Outcome {
    }

    /** More than one submission could be this write's, or none could be told apart: the route must decide. */
    record Ambiguous(String why, List<String> candidates) implements Outcome {
    }
}
