package io.camelmws.sandbox.products;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The answer of Products' batch operations (GetMatchingProduct, GetMatchingProductForId and the pricing operations):
 * no single Result element, but one {@code <OpResult ...id... status="...">} per requested id, in request order,
 * directly under {@code <OpResponse>}; an id that fails carries its own {@code Error} inside the 200 answer
 * (REFERENCE 8.2) while the others succeed.
 */
final class BatchAnswer {

    private BatchAnswer() {
    }

    /** {@code <OpResponse>} with {@code item} called for each id (it writes the whole Result element). */
    static SandboxResponse of(OperationCall call, List<String> ids, BiConsumer<XmlWriter, String> item) {
        XmlWriter xml = new XmlWriter().root(call.action() + "Response", call.section().namespace());
        for (String id : ids) {
            item.accept(xml, id);
        }
        return SandboxResponse.xml(xml.start("ResponseMetadata").element("RequestId", call.requestId())
                .end("ResponseMetadata").end(call.action() + "Response").toBytes());
    }

    /** The Result element name of {@code call}'s operation. */
    static String resultElement(OperationCall call) {
        return call.action() + "Result";
    }

    /**
     * {@code <OpResult attributes... status="ClientError"><Error>Sender, InvalidParameterValue, message</Error>},
     * as MWS answered an id it does not know ({@code Invalid ISBN identifier 0439708623 for marketplace ...}).
     */
    static void clientError(XmlWriter xml, OperationCall call, String message, String... idAttributes) {
        String result = resultElement(call);
        String[] attributes = java.util.Arrays.copyOf(idAttributes, idAttributes.length + 2);
        attributes[idAttributes.length] = "status";
        attributes[idAttributes.length + 1] = "ClientError";
        xml.start(result, attributes);
        error(xml, "InvalidParameterValue", message);
        xml.end(result);
    }

    /** {@code <Error><Type>Sender</Type><Code/><Message/></Error>}. */
    static void error(XmlWriter xml, String code, String message) {
        xml.start("Error").element("Type", "Sender").element("Code", code).element("Message", message).end("Error");
    }

    /** {@code <OpResult attributes... status="Success">}, to be closed by the caller. */
    static void startSuccess(XmlWriter xml, OperationCall call, String... idAttributes) {
        String[] attributes = java.util.Arrays.copyOf(idAttributes, idAttributes.length + 2);
        attributes[idAttributes.length] = "status";
        attributes[idAttributes.length + 1] = "Success";
        xml.start(resultElement(call), attributes);
    }
}
