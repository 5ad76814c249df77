package io.camelmws.sandbox.server.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throw-away TLS identity for the sandbox's HTTPS listener: an EC P-256 key and a self-signed certificate for
 * CN=localhost with subject alternative names {@code dns:localhost} and {@code ip:127.0.0.1}, valid 30 days.
 * The JDK's own {@code keytool} makes it (the JDK's internal certificate classes are not exported), into a
 * temporary PKCS12 keystore protected by a random password that never appears on a command line; the keystore is
 * deleted once loaded. The certificate is written as PEM for clients to trust.
 */
public final class SelfSignedCertificate {

    private static final String ALIAS = "camel-mws-sandbox";
    private static final String PASSWORD_VARIABLE = "CAMEL_MWS_SANDBOX_STOREPASS";
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    private final SSLContext sslContext;
    private final Path pem;

    private SelfSignedCertificate(SSLContext sslContext, Path pem) {
        this.sslContext = sslContext;
        this.pem = pem;
    }

    /**
     * Generates a key and certificate and writes the certificate to {@code pemOut}.
     *
     * @throws UncheckedIOException if keytool fails or a file cannot be written
     */
    public static SelfSignedCertificate generate(Path pemOut) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("camel-mws-sandbox-tls-");
            Path keystore = directory.resolve("sandbox.p12");
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
            runKeytool(keystore, password);

            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            Certificate certificate = store.getCertificate(ALIAS);
            Files.writeString(pemOut, toPem(certificate), StandardCharsets.US_ASCII);

            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new SelfSignedCertificate(context, pemOut);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the sandbox's TLS certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the sandbox's TLS certificate", e);
        } finally {
            deleteQuietly(directory);
        }
    }

    /** A server-side context holding the key. */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** Where the PEM certificate was written. */
    public Path pem() {
        return pem;
    }

    /** The certificate as a PEM block with 64-character lines. */
    static String toPem(Certificate certificate) throws GeneralSecurityException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    }

    private static void runKeytool(Path keystore, char[] password) throws IOException {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", windows ? "keytool.exe" : "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new IOException("keytool not found at " + keytool + "; HTTPS needs a full JDK or JRE");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair",
                "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "30",
                "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass:env", PASSWORD_VARIABLE, "-noprompt"));
        builder.environment().put(PASSWORD_VARIABLE, new String(password));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while keytool generated the sandbox certificate", e);
        }
        if (process.exitValue() != 0 || !Files.exists(keystore)) {
            throw new IOException("keytool failed with status " + process.exitValue() + ": " + output.strip());
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // a leftover empty temp directory is harmless
        }
    }
}
