package io.camelmws.component;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camelmws.component.error.MwsException;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A RequestThrottled as real MWS sent it, with an empty {@code <Type>}: the component reads it by its Code, so it is
 * still a throttling answer, retryable, and its message carries no empty "()" for the missing Type.
 */
class MwsThrottledAnswerTest extends MwsTestSupport {

    @AfterEach
    void throttlingOffAgain() {
        sandbox().setThrottling(false);
    }

    @Test
    void anEmptyTypeStillReadsAsRequestThrottled() {
        sandbox().setThrottling(true);
        sandbox().resetThrottling();
        String uri = "mws:GetServiceStatus?section=Orders&maxRetries=0";

        // GetServiceStatus allows two requests, then one every five minutes.
        template.requestBody(uri, null, String.class);
        template.requestBody(uri, null, String.class);
        Exchange third = template.request(uri, e -> { });

        assertThat(third.getException()).isInstanceOfSatisfying(MwsException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(503);
            assertThat(e.getErrorCode()).isEqualTo("RequestThrottled");
            assertThat(e.getErrorType()).isEmpty();
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getMessage()).contains("HTTP 503 RequestThrottled: Request is throttled").doesNotContain("()");
        });
        assertThat(received()).extracting(SandboxRequest::errorCode).containsExactly(null, null, "RequestThrottled");
    }
}
