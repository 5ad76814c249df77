package io.camelmws.sandbox.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.log.SandboxRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    private static SandboxRequest request(String id) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", "GetServiceStatus");
        parameters.put("Signature", "c2VjcmV0");
        return new SandboxRequest(Instant.EPOCH, "POST", "/", null, null, null, "GetServiceStatus", parameters, 200,
                null, id);
    }

    @Test
    void masksTheSignatureAndKeepsParameterOrder() {
        SandboxRequest request = request("1");
        assertThat(request.parameters()).containsExactly(Map.entry("Action", "GetServiceStatus"),
                Map.entry("Signature", "****"));
    }

    @Test
    void printsAPrefixOfLongIdentifiersAndNothingOfShortOnes() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AWSAccessKeyId", "AKIAIOSFODNN7EXAMPLE");
        parameters.put("MWSAuthToken", "amzn.mws");
        parameters.put("SellerId", "A1SELLER");
        assertThat(CredentialMask.printable(parameters)).containsExactly(Map.entry("AWSAccessKeyId", "AKIA****"),
                Map.entry("MWSAuthToken", "****"), Map.entry("SellerId", "A1SELLER"));
    }

    @Test
    void dropsTheOldestWhenFull() {
        RequestLog log = new RequestLog(2);
        log.record(request("1"));
        log.record(request("2"));
        log.record(request("3"));
        assertThat(log.snapshot()).extracting(SandboxRequest::requestId).containsExactly("2", "3");
        log.clear();
        assertThat(log.snapshot()).isEmpty();
        log.record(request("4"));
        assertThat(log.snapshot()).hasSize(1);
    }
}
