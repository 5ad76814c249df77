package io.camelmws.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.support.SignedRequest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MwsSandboxExtensionTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension();

    private static int firstPort;

    @Test
    @Order(1)
    void startsASandboxWithTheDefaultTestCredentials(MwsSandbox sandbox) {
        firstPort = sandbox.port();
        assertThat(sandbox).isSameAs(SANDBOX.sandbox());
        assertThat(SANDBOX.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
        assertThat(SANDBOX.accessKey()).isEqualTo("AKIASANDBOXEXAMPLE01").isEqualTo(sandbox.accessKey());
        assertThat(SANDBOX.sellerId()).isEqualTo("A2SANDBOXSELLER01").isEqualTo(sandbox.sellerId());
        assertThat(SANDBOX.authToken()).matches("amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .isEqualTo(sandbox.authToken());
        assertThat(SANDBOX.secretKey()).contains("+", "/", "=", "&").isEqualTo(sandbox.secretKey());

        assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
        sandbox.faults().add(FaultRule.forAnyAction().error(503, "RequestThrottled", "left over").always());
    }

    @Test
    @Order(2)
    void keepsTheSandboxButClearsLogAndFaultsBetweenTests(MwsSandbox sandbox) {
        assertThat(sandbox.port()).isEqualTo(firstPort);
        assertThat(sandbox.requests()).isEmpty();
        assertThat(sandbox.faults().pending()).isEmpty();
        assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
    }

    @Nested
    class InANestedClass {

        @Test
        void seesTheSameRunningSandbox(MwsSandbox sandbox) {
            assertThat(sandbox.port()).isEqualTo(SANDBOX.sandbox().port());
            assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
        }
    }
}
