package io.camelmws.sandbox.operation;

import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;

/**
 * GetServiceStatus for every section that has it (REFERENCE 10.3, 11): always GREEN, with the evaluation time
 * equal to {@code x-mws-timestamp} and the request id equal to {@code x-mws-request-id}.
 */
public final class ServiceStatusHandler implements OperationHandler {

    public static final String ACTION = "GetServiceStatus";

    @Override
    public SandboxResponse handle(OperationCall call) {
        return SandboxResponse.xml(new XmlWriter()
                .root("GetServiceStatusResponse", call.section().namespace())
                .start("GetServiceStatusResult")
                .element("Status", "GREEN")
                .element("Timestamp", call.timestamp())
                .end("GetServiceStatusResult")
                .start("ResponseMetadata")
                .element("RequestId", call.requestId())
                .end("ResponseMetadata")
                .end("GetServiceStatusResponse")
                .toBytes());
    }
}
