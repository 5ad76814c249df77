package io.camelmws.sandbox.gateway;

import io.camelmws.sandbox.catalog.ApiRoute;
import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.fault.SandboxFaults;
import io.camelmws.sandbox.http.IncomingRequest;
import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.SiblingShuffle;
import io.camelmws.sandbox.throttle.Throttler;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;

/**
 * Decides the answer to one request, free of any HTTP server: route by path, run the front-door checks, find
 * the operation, apply throttling, let an armed fault take over or alter the answer, then hand the call to the
 * operation's handler. Handlers know nothing of throttling or faults.
 */
public final class MwsGateway {

    private final SectionCatalog catalog;
    private final RequestAuthenticator authenticator;
    private final SandboxFaults faults;
    private final OperationRegistry operations;
    /** {@code null}: nothing is throttled. */
    private final Throttler throttler;
    /** {@code null}: answers keep the order their handlers wrote. */
    private final SiblingShuffle shuffle;

    public MwsGateway(SectionCatalog catalog, RequestAuthenticator authenticator, SandboxFaults faults,
                      OperationRegistry operations) {
        this(catalog, authenticator, faults, operations, null);
    }

    public MwsGateway(SectionCatalog catalog, RequestAuthenticator authenticator, SandboxFaults faults,
                      OperationRegistry operations, Throttler throttler) {
        this(catalog, authenticator, faults, operations, throttler, null);
    }

    /**
     * @param throttler {@code null} for no throttling
     * @param shuffle   reorders the elements of every XML answer the sandbox writes (not those a fault serves as
     *                  given); {@code null} to keep the handlers' order
     */
    public MwsGateway(SectionCatalog catalog, RequestAuthenticator authenticator, SandboxFaults faults,
                      OperationRegistry operations, Throttler throttler, SiblingShuffle shuffle) {
        this.catalog = catalog;
        this.authenticator = authenticator;
        this.faults = faults;
        this.operations = operations;
        this.throttler = throttler;
        this.shuffle = shuffle;
    }

    /**
     * The answer and, for the request log, the kind of fault that shaped it.
     *
     * @param response the answer
     * @param fault    the {@link FaultRule#kind() fault kind} that fired, or {@code null}
     */
    public record Decision(SandboxResponse response, String fault) {
    }

    /**
     * @param wallNow   the wall instant of the request, for the Timestamp/Expires window
     * @param now       the simulated instant of the request, for the operation
     * @param timestamp {@code wallNow} as sent in {@code x-mws-timestamp}
     * @param requestId the request id of the response
     */
    public SandboxResponse process(IncomingRequest request, Instant wallNow, Instant now, String timestamp,
                                   String requestId) {
        return decide(request, wallNow, now, timestamp, requestId).response();
    }

    /**
     * @param wallNow   the wall instant of the request, for the Timestamp/Expires window
     * @param now       the simulated instant of the request, for the operation
     * @param timestamp {@code wallNow} as sent in {@code x-mws-timestamp}
     * @param requestId the request id of the response
     */
    public Decision decide(IncomingRequest request, Instant wallNow, Instant now, String timestamp,
                           String requestId) {
        try {
            return decideWithDocument(request, wallNow, now, timestamp, requestId);
        } finally {
            discardDocument(request);
        }
    }

    /**
     * A spooled document body (SubmitFeed) is deleted once the request is decided, whether it was refused or
     * answered, unless the operation moved the file into its own store.
     */
    private static void discardDocument(IncomingRequest request) {
        IncomingRequest.Document document = request.document();
        if (document != null && document.file() != null) {
            try {
                Files.deleteIfExists(document.file());
            } catch (IOException e) {
                document.file().toFile().deleteOnExit();
            }
        }
    }

    private Decision decideWithDocument(IncomingRequest request, Instant wallNow, Instant now, String timestamp,
                                        String requestId) {
        ApiRoute route = catalog.route(request.rawPath());
        if (route == null) {
            return new Decision(reordered(SandboxResponse.error(MwsErrors.unknownResource(request.rawPath()),
                    SectionCatalog.GATEWAY_NAMESPACE, requestId)), null);
        }
        MwsError refusal = admit(request, route, wallNow);
        if (refusal != null) {
            return new Decision(reordered(SandboxResponse.error(refusal, route.namespace(), requestId)), null);
        }
        String action = request.parameter("Action");
        Section section = route.sectionFor(action);
        if (section == null) {
            return new Decision(reordered(SandboxResponse.error(MwsErrors.unknownOperation(action, route.label()),
                    route.namespace(), requestId)), null);
        }
        Throttler.Admission admission = throttler == null ? null : throttler.admit(
                request.parameter("AWSAccessKeyId"), seller(request), section, action, request.parameters());
        if (admission != null && admission.refusal() != null) {
            return new Decision(reordered(SandboxResponse.error(admission.refusal(), section.namespace(), requestId))
                    .withHeaders(admission.headers()), null);
        }
        FaultRule fault = faults.fire(action);
        SandboxResponse response = fault == null ? answer(request, section, action, requestId, now, timestamp)
                : fault.serve(() -> answer(request, section, action, requestId, now, timestamp), section.namespace(),
                        requestId);
        if (admission != null && !response.isConnectionReset()) {
            response = response.withHeaders(admission.headers());
        }
        return new Decision(response, fault == null ? null : fault.kind());
    }

    private SandboxResponse answer(IncomingRequest request, Section section, String action, String requestId,
                                   Instant now, String timestamp) {
        OperationHandler handler = operations.find(section, action);
        if (handler == null) {
            return reordered(SandboxResponse.error(MwsErrors.notSimulated(action,
                    section.name() + "/" + section.version()), section.namespace(), requestId));
        }
        return reordered(handler.handle(new OperationCall(section, action, request.parameters(), requestId, now,
                timestamp, request.document())));
    }

    private SandboxResponse reordered(SandboxResponse response) {
        return shuffle == null ? response : shuffle.apply(response);
    }

    /** The seller the request speaks for; the authenticator has checked that it is the account's. */
    private static String seller(IncomingRequest request) {
        String sellerId = request.parameter("SellerId");
        return sellerId == null || sellerId.isEmpty() ? request.parameter("Merchant") : sellerId;
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
