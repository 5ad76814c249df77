package io.camelmws.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.SignedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfiguredExtensionTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withAuthToken(null)
            .withSellerId("A3OWNKEYSSELLER").withAccessKey("AKIAOTHEREXAMPLE0001").withSecretKey("plain");

    @Test
    void usesTheConfiguredCredentials(MwsSandbox sandbox) {
        assertThat(sandbox.authToken()).isNull();
        assertThat(SANDBOX.authToken()).isNull();
        assertThat(sandbox.sellerId()).isEqualTo("A3OWNKEYSSELLER");
        assertThat(sandbox.accessKey()).isEqualTo("AKIAOTHEREXAMPLE0001");
        assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
    }
}
