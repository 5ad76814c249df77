package io.camelmws.sandbox.server;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.server.admin.AdminHandler;
import io.camelmws.sandbox.server.admin.AdminRouter;
import io.camelmws.sandbox.server.admin.BuiltInRoutes;
import io.camelmws.sandbox.server.tls.SelfSignedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stand-alone sandbox: an {@link MwsSandbox} with the admin API under {@code /__sandbox/} (JSON over HTTP:
 * request log, faults, clock, throttling, reset, order book, feeds) and, if asked for, an HTTPS listener with a
 * self-signed certificate. {@link SandboxMain} runs one; a test that drives the sandbox over HTTP only, as a
 * client in another language would, can start one too.
 * <pre>{@code
 * try (SandboxServer server = SandboxServer.start(MwsSandbox.builder().accessKey("AKIA...").secretKey("...")
 *         .sellerId("A2..."))) {
 *     // POST server.sandbox().baseUrl() + "/__sandbox/faults" ...
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SandboxServer.class.getName());

    private final MwsSandbox sandbox;
    private final AdminRouter admin;
    private final Path certificatePem;
    private final boolean temporaryCertificate;

    private SandboxServer(MwsSandbox sandbox, AdminRouter admin, Path certificatePem, boolean temporaryCertificate) {
        this.sandbox = sandbox;
        this.admin = admin;
        this.certificatePem = certificatePem;
        this.temporaryCertificate = temporaryCertificate;
    }

    /**
     * Builds {@code sandbox} with the admin API and starts it. The builder gets the admin API's handler: build one
     * server from it.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static SandboxServer start(MwsSandbox.Builder sandbox) {
        return start(sandbox, null, false);
    }

    /**
     * Like {@link #start(MwsSandbox.Builder)}, also listening for HTTPS (on the builder's {@code httpsPort}) with
     * a self-signed certificate for {@code localhost} and {@code 127.0.0.1} made at start.
     *
     * @param certificateOut where to write the certificate as PEM, kept after close; {@code null} for a temporary
     *                       file deleted on close
     * @throws UncheckedIOException if the certificate cannot be made or written, or a port cannot be bound
     */
    public static SandboxServer startWithHttps(MwsSandbox.Builder sandbox, Path certificateOut) {
        return start(sandbox, certificateOut, true);
    }

    private static SandboxServer start(MwsSandbox.Builder builder, Path certificateOut, boolean https) {
        AdminRouter admin = new AdminRouter();
        builder.handler(AdminRouter.PREFIX, admin);
        Path pem = null;
        boolean temporary = https && certificateOut == null;
        try {
            if (https) {
                pem = temporary ? Files.createTempFile("camel-mws-sandbox-", "-cert.pem") : certificateOut;
                builder.https(SelfSignedCertificate.generate(pem).sslContext());
            }
            MwsSandbox sandbox = builder.build();
            BuiltInRoutes.install(admin, sandbox);
            return new SandboxServer(sandbox.start(), admin, pem, temporary);
        } catch (IOException e) {
            deleteTemporary(pem, temporary);
            throw new UncheckedIOException("Cannot create a file for the sandbox's TLS certificate", e);
        } catch (RuntimeException e) {
            deleteTemporary(pem, temporary);
            throw e;
        }
    }

    /** The sandbox itself: its URLs, request log, faults, clock... */
    public MwsSandbox sandbox() {
        return sandbox;
    }

    /**
     * The PEM file of the HTTPS listener's certificate, for clients to trust.
     *
     * @throws IllegalStateException unless started with {@link #startWithHttps}
     */
    public Path certificatePem() {
        if (certificatePem == null) {
            throw new IllegalStateException("This sandbox server has no HTTPS listener; start it with "
                    + "startWithHttps");
        }
        return certificatePem;
    }

    /**
     * Adds a route to the admin API under {@code /__sandbox/} (JSON in and out, not MWS-authenticated, not in the
     * request log); see {@link AdminHandler}.
     *
     * @param method GET, POST, PUT or DELETE
     * @param path   the exact path, starting with {@code /__sandbox/}
     * @throws IllegalArgumentException for another method or path, or a route that exists already
     */
    public SandboxServer addAdminRoute(String method, String path, AdminHandler handler) {
        admin.add(method, path, handler);
        return this;
    }

    /** Stops the sandbox and deletes a temporary certificate. Idempotent. */
    @Override
    public void close() {
        sandbox.close();
        deleteTemporary(certificatePem, temporaryCertificate);
    }

    @Override
    public String toString() {
        return "SandboxServer[" + sandbox + "]";
    }

    private static void deleteTemporary(Path pem, boolean temporary) {
        if (pem == null || !temporary) {
            return;
        }
        try {
            Files.deleteIfExists(pem);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Cannot delete {0}: {1}", pem, e);
        }
    }
}
