package io.camelmws.sandbox;

/**
 * Something in the sandbox that remembers (report requests, feed submissions, seeded orders) and forgets on
 * {@link MwsSandbox#reset()}. Register it with {@link MwsSandbox#register(SandboxStateful)}.
 */
@FunctionalInterface
public interface SandboxStateful {

    /** Returns to the state of a freshly started sandbox. Called from any thread; must be thread-safe. */
    void reset();
}
