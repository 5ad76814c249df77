package io.camelmws.examples;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.fault.FaultRule;

/**
 * The MWS sandbox the showcase runs against when no real MWS is named: one seller whose time runs 60 times faster, so
 * that report and feed processing take a second or two. A run leaves the seller's state in {@code sandbox.properties}
 * of the work directory (port, the order book's start, the simulated instant it stopped at), and the next run goes on
 * with the same seller an hour later: its orders consumer continues from its watermark and finds what changed.
 */
public final class EmbeddedSandbox {

    /** Simulated seconds per real second. */
    public static final double TIME_SCALE = 60;
    /** How long the seller kept selling between two runs. */
    static final Duration BETWEEN_RUNS = Duration.ofHours(1);

    static final String DEMO_ACCESS_KEY = "AKIAEXAMPLEDEMO00001";
    static final String DEMO_SECRET_KEY = "demo+secret/key=for&the-sandbox";
    static final String DEMO_SELLER_ID = "A2EXAMPLESELLER";

    private final Path stateFile;
    private final MwsSandbox sandbox;
    private final int run;
    private final Instant runStart;

    private EmbeddedSandbox(Path stateFile, MwsSandbox sandbox, int run) {
        this.stateFile = stateFile;
        this.sandbox = sandbox;
        this.run = run;
        this.runStart = sandbox.clock().instant();
    }

    /** Starts the seller afresh, or continues the one a previous run in {@code workDir} left. */
    public static EmbeddedSandbox start(Path workDir) {
        Path stateFile = workDir.resolve("sandbox.properties");
        Properties previous = read(stateFile);
        int port = Integer.parseInt(previous.getProperty("port", "0"));
        MwsSandbox sandbox;
        try {
            sandbox = MwsSandbox.builder().port(port).accessKey(DEMO_ACCESS_KEY).secretKey(DEMO_SECRET_KEY).sellerId(DEMO_SELLER_ID)
                    .timeScale(TIME_SCALE).build().start();
        } catch (UncheckedIOException e) {
            // The watermarks are kept per MWS endpoint: another port would start every consumer afresh.
            throw new IllegalStateException("The embedded sandbox cannot listen on port " + port + " again, where the previous run in " + workDir
                                            + " had it: free the port, or delete " + stateFile + " to start with a new seller", e);
        }
        if (previous.containsKey("bookStart")) {
            continueFrom(sandbox, Instant.parse(previous.getProperty("bookStart")), Instant.parse(previous.getProperty("stoppedAt")));
        }
        return new EmbeddedSandbox(stateFile, sandbox, Integer.parseInt(previous.getProperty("run", "0")) + 1);
    }

    /** The same order book (it is a function of its seed, size and start), its clock an hour after the last run stopped. */
    private static void continueFrom(MwsSandbox sandbox, Instant bookStart, Instant stoppedAt) {
        for (int attempt = 0; attempt < 5 && !sandbox.orders().start().equals(bookStart); attempt++) {
            // The clock runs on while we set it: a reseed that lands a second off is done again.
            sandbox.advanceClock(Duration.between(sandbox.clock().instant(), bookStart));
            sandbox.orders().reseed(sandbox.orders().initialOrders(), sandbox.orders().seed());
        }
        if (!sandbox.orders().start().equals(bookStart)) {
            throw new IllegalStateException("Cannot restore the order book that started at " + bookStart);
        }
        sandbox.advanceClock(Duration.between(sandbox.clock().instant(), stoppedAt.plus(BETWEEN_RUNS)));
    }

    /** Arms the faults the showcase must ride through: each fires once. */
    public void armFaults() {
        sandbox.faults().add(FaultRule.forAction("ListOrders").throttled());
        sandbox.faults().add(FaultRule.forAction("ListOrderItems").serviceUnavailable());
        sandbox.faults().add(FaultRule.forAction("GetReport").cutShort(0.5));
        sandbox.faults().add(FaultRule.forAction("SubmitFeed").connectionReset());
    }

    /** Writes down where this run left the seller, for the next one. */
    public void saveState() {
        Properties state = new Properties();
        state.setProperty("port", String.valueOf(sandbox.port()));
        state.setProperty("bookStart", sandbox.orders().start().toString());
        state.setProperty("stoppedAt", sandbox.clock().instant().toString());
        state.setProperty("run", String.valueOf(run));
        try (Writer out = Files.newBufferedWriter(stateFile)) {
            state.store(out, "The embedded MWS sandbox's seller, continued by the next run of camel-mws-examples");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MwsSandbox sandbox() {
        return sandbox;
    }

    /** 1 for a new seller, 2 for the run after it... */
    public int run() {
        return run;
    }

    /** The simulated instant this run began at. */
    public Instant runStart() {
        return runStart;
    }

    public void close() {
        sandbox.close();
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
