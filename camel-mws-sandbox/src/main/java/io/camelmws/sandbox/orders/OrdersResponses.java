package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/** The envelope every Orders answer shares (REFERENCE 8.1), and the Orders date format. */
final class OrdersResponses {

    private OrdersResponses() {
    }

    /**
     * {@code <ActionResponse><ActionResult>…</ActionResult><ResponseMetadata/></ActionResponse>} in the section's
     * namespace, or the ErrorResponse of a {@link RequestRejected} thrown while writing the result.
     */
    static SandboxResponse respond(OperationCall call, Consumer<XmlWriter> result) {
        XmlWriter xml = new XmlWriter().root(call.action() + "Response", call.section().namespace());
        try {
            xml.start(call.action() + "Result");
            result.accept(xml);
        } catch (RequestRejected rejected) {
            return SandboxResponse.error(rejected.error(), call.section().namespace(), call.requestId());
        }
        return SandboxResponse.xml(xml.end(call.action() + "Result")
                .start("ResponseMetadata")
                .element("RequestId", call.requestId())
                .end("ResponseMetadata")
                .end(call.action() + "Response")
                .toBytes());
    }

    /** Dates in Orders payloads: {@code 2015-01-01T00:01:29Z} (fractions only if the instant has them). */
    static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** The instant, to the second, that MWS echoes as CreatedBefore / LastUpdatedBefore by default. */
    static Instant twoMinutesBefore(Instant now) {
        return now.minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    }
}
