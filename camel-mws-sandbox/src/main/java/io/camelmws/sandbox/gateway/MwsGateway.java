package io.camelmws.sandbox.gateway;

import io.camelmws.sandbox.FaultRule;
import io.camelmws.sandbox.SandboxFaults;
import io.camelmws.sandbox.catalog.ApiRoute;
import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.http.IncomingRequest;
import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import java.time.Instant;

/**
 * Decides the answer to one request, free of any HTTP server: route by path, run the front-door checks, find
 * the operation, let an armed fault take over, then hand the call to the operation's handler.
 */
public final class MwsGateway {

    private final SectionCatalog catalog;
    private final RequestAuthenticator authenticator;
    private final SandboxFaults faults;
    private final OperationRegistry operations;

    public MwsGateway(SectionCatalog catalog, RequestAuthenticator authenticator, SandboxFaults faults,
                      OperationRegistry operations) {
        this.catalog = catalog;
        this.authenticator = authenticator;
        this.faults = faults;
        this.operations = operations;
    }

    /**
     * @param now       the sandbox-clock instant of the request
     * @param timestamp {@code now} as sent in {@code x-mws-timestamp}
     * @param requestId the request id of the response
     */
    public SandboxResponse process(IncomingRequest request, Instant now, String timestamp, String requestId) {
        ApiRoute route = catalog.route(request.rawPath());
        if (route == null) {
            return SandboxResponse.error(MwsErrors.unknownResource(request.rawPath()),
                    SectionCatalog.GATEWAY_NAMESPACE, requestId);
        }
        MwsError refusal = admit(request, route, now);
        if (refusal != null) {
            return SandboxResponse.error(refusal, route.namespace(), requestId);
        }
        String action = request.parameter("Action");
        Section section = route.sectionFor(action);
        if (section == null) {
            return SandboxResponse.error(MwsErrors.unknownOperation(action, route.label()), route.namespace(),
                    requestId);
        }
        FaultRule fault = faults.fire(action);
        if (fault != null) {
            return fault.response(section.namespace(), requestId);
        }
        OperationHandler handler = operations.find(section, action);
        if (handler == null) {
            return SandboxResponse.error(MwsErrors.notSimulated(action, section.name() + "/" + section.version()),
                    section.namespace(), requestId);
        }
        return handler.handle(new OperationCall(section, action, request.parameters(), requestId, now, timestamp));
    }

    /** Everything that must hold before the operation is even looked at. */
    private MwsError admit(IncomingRequest request, ApiRoute route, Instant now) {
        if (!"GET".equals(request.method()) && !"POST".equals(request.method())) {
            return MwsErrors.unsupportedMethod(request.method());
        }
        if (request.formBodyTooLarge()) {
            return MwsErrors.requestTooLarge(GatewayLimits.MAX_FORM_BODY_BYTES);
        }
        MwsError authError = authenticator.check(request, route, now);
        if (authError != null) {
            return authError;
        }
        String action = request.parameter("Action");
        return action == null || action.isEmpty() ? MwsErrors.missingParameter("Action") : null;
    }
}
