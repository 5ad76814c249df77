package io.camelmws.component;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.error.MwsException;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

/**
 * A CamelContext whose mws component is configured, at component level, for a sandbox on loopback; one
 * sandbox per test class, its request log and faults cleared before each test.
 */
public abstract class MwsTestSupport extends CamelTestSupport {

    @RegisterExtension
    protected static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MwsComponent mws = new MwsComponent();
        configure(mws.getConfiguration(), SANDBOX);
        // Most tests are about one call each; the quota tests switch throttling back on.
        mws.getConfiguration().setThrottling(ThrottlingMode.OFF);
        context.addComponent("mws", mws);
        return context;
    }


    /** Points a configuration at a sandbox with its credentials. */
    protected static void configure(MwsConfiguration configuration, MwsSandboxExtension sandbox) {
        configuration.setEndpoint(sandbox.baseUrl());
        configuration.setAccessKey(sandbox.accessKey());
        configuration.setSecretKey(sandbox.secretKey());
        configuration.setSellerId(sandbox.sellerId());
        configuration.setAuthToken(sandbox.authToken());
    }

    /**
     * Sends a message and returns the MwsException it failed with, or null: for tests that assert on what the
     * sandbox received for an operation whatever it answered.
     */
    protected MwsException callIgnoringMwsErrors(String uri, Map<String, Object> parameters) {
        try {
            template.requestBodyAndHeader(uri, null, MwsConstants.PARAMETERS, parameters);
            return null;
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof MwsException mws) {
                return mws;
            }
            throw e;
        }
    }

    protected static MwsSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    protected static List<SandboxRequest> received() {
        return sandbox().requests();
    }

    protected static SandboxRequest lastReceived() {
        List<SandboxRequest> requests = received();
        if (requests.isEmpty()) {
            throw new AssertionError("The sandbox received no request");
        }
        return requests.get(requests.size() - 1);
    }
}
