package io.camelmws.sandbox.operation;

import io.camelmws.sandbox.response.SandboxResponse;

/** Simulates one MWS operation (or a family of them) once the request has passed every front-door check. */
@FunctionalInterface
public interface OperationHandler {

    SandboxResponse handle(OperationCall call);
}
