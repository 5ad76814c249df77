package io.camelmws.sandbox.webservice;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import java.util.function.Consumer;

/** The envelope every operation answers in (REFERENCE 8.1, 11), and its error path. */
public final class WebServiceResponses {

    private WebServiceResponses() {
    }

    /**
     * {@code <OpResponse xmlns=...><OpResult>payload</OpResult><ResponseMetadata><RequestId/>...}; the result is
     * named after the operation called, ByNextToken operations included.
     */
    public static SandboxResponse result(OperationCall call, Consumer<XmlWriter> payload) {
        String operation = call.action();
        XmlWriter xml = new XmlWriter().root(operation + "Response", call.section().namespace())
                .start(operation + "Result");
        payload.accept(xml);
        return SandboxResponse.xml(xml.end(operation + "Result")
                .start("ResponseMetadata").element("RequestId", call.requestId()).end("ResponseMetadata")
                .end(operation + "Response")
                .toBytes());
    }

    /**
     * {@code <OpResponse xmlns=...><OpResult/><ResponseMetadata>...}: the answer of a write that returns nothing,
     * as recorded for Subscriptions' RegisterDestination and CreateSubscription (ScaleLeap HAR recordings, 2020).
     */
    public static SandboxResponse emptyResult(OperationCall call) {
        String operation = call.action();
        return SandboxResponse.xml(new XmlWriter().root(operation + "Response", call.section().namespace())
                .empty(operation + "Result")
                .start("ResponseMetadata").element("RequestId", call.requestId()).end("ResponseMetadata")
                .end(operation + "Response")
                .toBytes());
    }

    /**
     * {@code <OpResponse xmlns=...><ResponseMetadata>...}: no Result at all, as the documentation's example of
     * SubmitFBAOutboundShipmentInvoice answers.
     */
    public static SandboxResponse withoutResult(OperationCall call) {
        String operation = call.action();
        return SandboxResponse.xml(new XmlWriter().root(operation + "Response", call.section().namespace())
                .start("ResponseMetadata").element("RequestId", call.requestId()).end("ResponseMetadata")
                .end(operation + "Response")
                .toBytes());
    }

    /** {@code handler}, with an {@link OperationFailure} turned into the section's ErrorResponse. */
    public static OperationHandler guarded(OperationHandler handler) {
        return call -> {
            try {
                return handler.handle(call);
            } catch (OperationFailure failure) {
                return SandboxResponse.error(failure.error(), call.section().namespace(), call.requestId());
            }
        };
    }
}
