package io.camelmws.sandbox;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox as a stand-alone process:
 * {@code java -jar camel-mws-sandbox.jar --port 0 --access-key K --secret-key S --seller-id ID [--auth-token T]}.
 * Prints {@code MWS sandbox listening on http://127.0.0.1:PORT} once it accepts requests and runs until killed.
 */
public final class SandboxMain {

    /** Exit status for a command line that cannot be understood, as most Unix tools use. */
    static final int USAGE_ERROR = 2;

    static final String USAGE = "Usage: java -jar camel-mws-sandbox.jar --port N --access-key KEY --secret-key SECRET"
            + " --seller-id SELLER [--auth-token amzn.mws.UUID]\n"
            + "  --port N        TCP port on 127.0.0.1 (0 picks a free one)\n"
            + "  --access-key    the AWSAccessKeyId the sandbox accepts\n"
            + "  --secret-key    the secret key it verifies signatures with\n"
            + "  --seller-id     the SellerId / Merchant it accepts\n"
            + "  --auth-token    the MWSAuthToken it requires (omit when the seller uses its own keys)";

    private static final List<String> REQUIRED = List.of("--port", "--access-key", "--secret-key", "--seller-id");
    private static final List<String> OPTIONAL = List.of("--auth-token");

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(USAGE);
            return;
        }
        MwsSandbox sandbox;
        try {
            sandbox = launch(args, System.out);
        } catch (UsageException e) {
            System.err.println("camel-mws-sandbox: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(USAGE_ERROR);
            return;
        } catch (UncheckedIOException e) {
            System.err.println("camel-mws-sandbox: " + e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "mws-sandbox-shutdown"));
        stopped.await();
    }

    /**
     * Parses the arguments, starts the sandbox and prints the ready line to {@code out}.
     *
     * @throws UsageException naming the missing, unknown or malformed option
     */
    static MwsSandbox launch(String[] args, PrintStream out) {
        Map<String, String> options = parse(args);
        MwsSandbox sandbox = MwsSandbox.builder()
                .port(port(options.get("--port")))
                .accessKey(options.get("--access-key"))
                .secretKey(options.get("--secret-key"))
                .sellerId(options.get("--seller-id"))
                .authToken(options.get("--auth-token"))
                .build()
                .start();
        out.println("MWS sandbox listening on " + sandbox.baseUrl());
        out.flush();
        return sandbox;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
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

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("option --port must be a number from 0 to 65535, was " + value);
    }

    /** A command line that cannot be understood; the message names the option. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
