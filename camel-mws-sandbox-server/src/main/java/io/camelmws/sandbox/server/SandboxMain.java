package io.camelmws.sandbox.server;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.OrderBook;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox as a stand-alone process:
 * {@code java -jar camel-mws-sandbox-server.jar --port 0 --access-key K --secret-key S --seller-id ID
 * [--auth-token T]}.
 * Prints {@code MWS sandbox listening on http://127.0.0.1:PORT} once it accepts requests (and, with {@code --https},
 * {@code MWS sandbox listening on https://127.0.0.1:PORT (certificate: FILE)}) and runs until killed.
 */
public final class SandboxMain {

    /** Exit status for a command line that cannot be understood, as most Unix tools use. */
    static final int USAGE_ERROR = 2;

    static final String USAGE = "Usage: java -jar camel-mws-sandbox-server.jar --port N --access-key KEY"
            + " --secret-key SECRET --seller-id SELLER [--auth-token amzn.mws.UUID]\n"
            + "      [--time-scale X] [--no-throttling] [--fault-seed N] [--https [--https-port N] [--cert-out FILE]]\n"
            + "      [--orders N] [--seed S] [--shuffle-element-order]\n"
            + "  --port N        TCP port on 127.0.0.1 (0 picks a free one)\n"
            + "  --access-key    the AWSAccessKeyId the sandbox accepts\n"
            + "  --secret-key    the secret key it verifies signatures with\n"
            + "  --seller-id     the SellerId / Merchant it accepts\n"
            + "  --auth-token    the MWSAuthToken it requires (omit when the seller uses its own keys)\n"
            + "  --time-scale X  simulated seconds per real second (60: a real second counts as a minute; default 1)\n"
            + "  --no-throttling let every request through: no RequestThrottled, no QuotaExceeded, no quota headers\n"
            + "  --fault-seed N  seed of the random source of probabilistic faults (a whole number)\n"
            + "  --https         also listen for HTTPS with a self-signed certificate for localhost and 127.0.0.1\n"
            + "  --https-port N  TCP port of the HTTPS listener (default 0: a free one)\n"
            + "  --cert-out FILE where to write that certificate as PEM (default: a temporary file)\n"
            + "  --orders N      orders bought in the 30 simulated days before start (default 10000)\n"
            + "  --seed S        seed of the order book: the same seed gives the same orders (default 20130901)\n"
            + "  --shuffle-element-order  answer with the child elements of each element in a shuffled order, decided\n"
            + "                  by the seed, as real MWS kept no stable order (proves a client parses by name)";

    private static final List<String> REQUIRED = List.of("--port", "--access-key", "--secret-key", "--seller-id");
    private static final List<String> OPTIONAL = List.of("--auth-token", "--time-scale", "--fault-seed",
            "--https-port", "--cert-out", "--orders", "--seed");
    /** Options without a value; present means on. */
    private static final List<String> FLAGS = List.of("--no-throttling", "--https", "--shuffle-element-order");

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(USAGE);
            return;
        }
        SandboxServer server;
        try {
            server = launch(args, System.out);
        } catch (UsageException e) {
            System.err.println("camel-mws-sandbox-server: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(USAGE_ERROR);
            return;
        } catch (UncheckedIOException e) {
            System.err.println("camel-mws-sandbox-server: " + e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mws-sandbox-shutdown"));
        stopped.await();
    }

    /**
     * Parses the arguments, starts the sandbox server and prints the ready line to {@code out}.
     *
     * @throws UsageException naming the missing, unknown or malformed option
     */
    static SandboxServer launch(String[] args, PrintStream out) {
        Map<String, String> options = parse(args);
        MwsSandbox.Builder builder = MwsSandbox.builder()
                .port(port("--port", options.get("--port")))
                .accessKey(options.get("--access-key"))
                .secretKey(options.get("--secret-key"))
                .sellerId(options.get("--seller-id"))
                .authToken(options.get("--auth-token"))
                .throttling(!options.containsKey("--no-throttling"));
        if (options.containsKey("--shuffle-element-order")) {
            builder.shuffleElementOrder(true);
        }
        if (options.containsKey("--time-scale")) {
            builder.timeScale(timeScale(options.get("--time-scale")));
        }
        if (options.containsKey("--fault-seed")) {
            builder.faultSeed(faultSeed(options.get("--fault-seed")));
        }
        if (options.containsKey("--orders")) {
            builder.orders((int) wholeNumber("--orders", options.get("--orders"), 0, OrderBook.MAX_INITIAL_ORDERS));
        }
        if (options.containsKey("--seed")) {
            builder.seed(wholeNumber("--seed", options.get("--seed"), Long.MIN_VALUE, Long.MAX_VALUE));
        }
        boolean https = options.containsKey("--https");
        if (!https && (options.containsKey("--https-port") || options.containsKey("--cert-out"))) {
            throw new UsageException("options --https-port and --cert-out need --https");
        }
        if (options.containsKey("--https-port")) {
            builder.httpsPort(port("--https-port", options.get("--https-port")));
        }
        Path certificateOut = options.containsKey("--cert-out")
                ? Path.of(options.get("--cert-out")).toAbsolutePath() : null;
        SandboxServer server = https ? SandboxServer.startWithHttps(builder, certificateOut)
                : SandboxServer.start(builder);
        MwsSandbox sandbox = server.sandbox();
        out.println("MWS sandbox listening on " + sandbox.baseUrl());
        if (https) {
            out.println("MWS sandbox listening on " + sandbox.httpsBaseUrl() + " (certificate: "
                    + server.certificatePem() + ")");
        }
        out.flush();
        return server;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (FLAGS.contains(name)) {
                if (options.put(name, "true") != null) {
                    throw new UsageException("option " + name + " is given twice");
                }
                continue;
            }
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                throw new UsageException("unknown option " + name);
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new UsageException("option " + name + " needs a value");
            }
            if (options.put(name, args[++i]) != null) {
                throw new UsageException("option " + name + " is given twice");
            }
        }
        for (String name : REQUIRED) {
            if (!options.containsKey(name)) {
                throw new UsageException("missing option " + name);
            }
            if (options.get(name).isBlank()) {
                throw new UsageException("option " + name + " must not be blank");
            }
        }
        return options;
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("option " + option + " must be a number from 0 to 65535, was " + value);
    }

    private static double timeScale(String value) {
        try {
            double scale = Double.parseDouble(value);
            if (scale > 0 && !Double.isInfinite(scale)) {
                return scale;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("option --time-scale must be a number above 0 (60: a real second counts as a "
                + "minute), was " + value);
    }

    private static long faultSeed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("option --fault-seed must be a whole number, was " + value);
        }
    }

    private static long wholeNumber(String option, String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("option " + option + " must be a whole number from " + min + " to " + max
                + ", was " + value);
    }

    /** A command line that cannot be understood; the message names the option. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
