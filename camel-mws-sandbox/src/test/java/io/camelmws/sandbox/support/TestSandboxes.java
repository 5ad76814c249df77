package io.camelmws.sandbox.support;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;

/** Sandboxes the tests build themselves, when the JUnit extension's defaults do not fit them. */
public final class TestSandboxes {

    private TestSandboxes() {
    }

    /**
     * A sandbox on a free port with the extension's default credentials, so {@link WebServiceClient} signs for it;
     * the test sets the clock, throttling, seed and book, then builds and starts it.
     */
    public static MwsSandbox.Builder withDefaultCredentials() {
        return MwsSandbox.builder().port(0)
                .accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY)
                .secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY)
                .sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID);
    }
}
