package io.camelmws.component;

import io.camelmws.component.model.ResponseMetadata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsUnreadableAnswerException;
import io.camelmws.sandbox.fault.FaultRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a route sees of MWS's answers: body, metadata headers, typed errors, and refusals of unsafe documents. */
class MwsResponseTest extends MwsTestSupport {

    @Test
    void successfulAnswersCarryMwsMetadataAsHeaders() {
        Exchange exchange = template.request("mws:GetServiceStatus?section=Orders", e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).startsWith("<?xml");
        String requestId = lastReceived().requestId();
        assertThat(exchange.getMessage().getHeader(MwsConstants.REQUEST_ID)).isEqualTo(requestId);
        assertThat(exchange.getMessage().getBody(String.class)).contains("<RequestId>" + requestId + "</RequestId>");
        assertThat(exchange.getMessage().getHeader(MwsConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(exchange.getMessage().getHeader(MwsConstants.ACTION)).isEqualTo("GetServiceStatus");
        assertThat(exchange.getMessage().getHeader(MwsConstants.TIMESTAMP, Instant.class)).isNotNull();
        assertThat(exchange.getMessage().getBody(String.class))
                .contains("<Timestamp>" + exchange.getMessage().getHeader(MwsConstants.TIMESTAMP) .toString().replaceAll("(\\.\\d{3})\\d*Z", "$1Z"));
        assertThat(exchange.getMessage().getHeader(MwsConstants.RESPONSE_CONTEXT, String.class)).isNotBlank();
        assertThat(exchange.getMessage().getHeader(MwsConstants.NEXT_TOKEN)).isNull();
    }

    @Test
    void theNextTokenOfTheResultBecomesAHeader() {
        sandbox().faults().add(FaultRule.forAction("GetServiceStatus").rawResponse(200, "text/xml", """
                <?xml version="1.0"?>
                <ListOrdersResponse xmlns="https://mws.amazonservices.com/Orders/2013-09-01">
                  <ListOrdersResult>
                    <Orders><Order><AmazonOrderId>1</AmazonOrderId><NextToken>nested-not-this</NextToken></Order></Orders>
                    <NextToken>2YgYW55IGNhcm5hbCBwbGVhcw==</NextToken>
                  </ListOrdersResult>
                  <ResponseMetadata><RequestId>abc</RequestId></ResponseMetadata>
                </ListOrdersResponse>""").times(1));

        Exchange exchange = template.request("mws:GetServiceStatus?section=Orders", e -> { });

        assertThat(exchange.getMessage().getHeader(MwsConstants.NEXT_TOKEN)).isEqualTo("2YgYW55IGNhcm5hbCBwbGVhcw==");
    }

    @Test
    void anXxePayloadIsRefusedAndTheFileIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-FILE-CONTENT");
        sandbox().faults().add(FaultRule.forAction("GetServiceStatus").rawResponse(200, "text/xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<GetServiceStatusResponse><GetServiceStatusResult><Status>&xxe;</Status></GetServiceStatusResult>"
                + "</GetServiceStatusResponse>").always());

        Exchange exchange = template.request("mws:GetServiceStatus?section=Orders&maxRetries=1&retryDelay=1", e -> { });

        // An unreadable answer to a read is retried like a cut one; every answer was refused, none handed on.
        assertThat(exchange.getException()).isInstanceOf(MwsUnreadableAnswerException.class)
                .hasMessageContaining("refused").hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(exchange.getMessage().getBody(String.class)).isNull();
    }

    @Test
    void anXxePayloadInAnErrorResponseIsNotExpandedEither(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-FILE-CONTENT");
        sandbox().faults().add(FaultRule.forAction("GetServiceStatus").rawResponse(400, "text/xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<ErrorResponse><Error><Type>Sender</Type><Code>X</Code><Message>&xxe;</Message></Error></ErrorResponse>").times(1));

        Exchange exchange = template.request("mws:GetServiceStatus?section=Orders", e -> { });

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsException.class, e -> {
            assertThat(e.getErrorCode()).isNull();
            assertThat(e.getHttpStatus()).isEqualTo(400);
            assertThat(e.getMessage()).doesNotContain("TOP-SECRET-FILE-CONTENT");
        });
    }

    @Test
    void anHtmlPageFromAProxyStillGivesAnMwsExceptionWithStatusAndExcerpt() {
        sandbox().faults().add(FaultRule.forAction("GetServiceStatus").rawResponse(502, "text/html",
                "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + "x".repeat(5000) + "</body></html>").times(1));

        assertThatThrownBy(() -> template.requestBody("mws:GetServiceStatus?section=Orders&maxRetries=0", (Object) null))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(MwsException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(502);
                    assertThat(e.getErrorCode()).isNull();
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getMessage()).contains("HTTP 502").contains("<html> <head><title>502 Bad Gateway</title>")
                            .hasSizeLessThan(400);
                });
    }

    @Test
    void mwsErrorsAreTypedWithTheirRetryability() {
        sandbox().faults().add(FaultRule.forAction("GetServiceStatus").error(500, "InternalError", "We encountered an internal error.").times(1));
        Exchange failed = template.request("mws:GetServiceStatus?section=Orders&maxRetries=0", e -> { });
        assertThat(failed.getException()).isInstanceOfSatisfying(MwsException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("InternalError");
            assertThat(e.getErrorMessage()).isEqualTo("We encountered an internal error.");
            assertThat(e.getRequestId()).isEqualTo(lastReceived().requestId());
            assertThat(e.isRetryable()).isTrue();
        });
        assertThat(failed.getMessage().getHeader(MwsConstants.HTTP_STATUS)).isEqualTo(500);
        assertThat(failed.getMessage().getHeader(MwsConstants.REQUEST_ID)).isEqualTo(lastReceived().requestId());
    }

    @Test
    void errorResponsesWithRequestIdInEitherSpellingOrDetailAreRead() {
        sandbox().faults().add(FaultRule.forAction("GetServiceStatus").rawResponse(400, "text/xml", """
                <?xml version="1.0"?>
                <ErrorResponse xmlns="http://mws.amazonaws.com/doc/2009-01-01/">
                  <Error><Type>Sender</Type><Code>InvalidReportRequestId</Code>
                    <Message>One or more of the provided ReportRequestIds could not be found.</Message>
                    <Detail><Id>123</Id></Detail></Error>
                  <RequestId>2cfbb31d-b6ac-42b4-a018-11fa95472eb3</RequestId>
                </ErrorResponse>""").times(1));

        Exchange failed = template.request("mws:GetServiceStatus?section=Orders", e -> { });

        assertThat(failed.getException()).isInstanceOfSatisfying(MwsException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("InvalidReportRequestId");
            assertThat(e.getRequestId()).isEqualTo("2cfbb31d-b6ac-42b4-a018-11fa95472eb3");
            assertThat(e.getDetail()).isEqualTo("123");
            assertThat(e.isRetryable()).isFalse();
        });
    }
}
