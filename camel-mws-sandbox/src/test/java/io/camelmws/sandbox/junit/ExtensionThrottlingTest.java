package io.camelmws.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.SignedRequest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension throttles as MWS does, but every test starts with full buckets. */
class ExtensionThrottlingTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withTimeScale(2);

    @RepeatedTest(3)
    void everyTestMayUseTheWholeBurst(MwsSandbox sandbox) {
        assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
        assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
        assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(503);
        assertThat(sandbox.throttling()).isTrue();
        assertThat(sandbox.clock().timeScale()).isEqualTo(2.0);
    }

    @Test
    void throttlingCanBeLeftOutForTestsAboutOtherThings() {
        MwsSandboxExtension unthrottled = new MwsSandboxExtension().withThrottling(false);
        unthrottled.beforeAll(null);
        try {
            MwsSandbox sandbox = unthrottled.sandbox();
            for (int i = 0; i < 3; i++) {
                assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
            }
            assertThat(sandbox.throttling()).isFalse();
        } finally {
            unthrottled.afterAll(null);
        }
    }
}
