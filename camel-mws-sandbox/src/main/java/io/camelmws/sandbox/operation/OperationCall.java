package io.camelmws.sandbox.operation;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.http.IncomingRequest;
import java.time.Instant;
import java.util.Map;

/**
 * An authenticated request to one operation, as handed to its handler.
 *
 * @param section    the section that owns the operation
 * @param action     the operation name
 * @param parameters decoded request parameters
 * @param requestId  the request id the response must carry
 * @param now        the simulated instant of the request ({@code MwsSandbox.clock()}): what life cycles, order
 *                   dates and every date inside a payload are measured against
 * @param timestamp  the wall-clock instant sent in {@code x-mws-timestamp}, for bodies that must repeat it
 *                   (GetServiceStatus); clients stamp requests with real time, so this is not {@code now}
 * @param document   the document body of SubmitFeed-like operations (a spooled file), or {@code null}
 */
public record OperationCall(Section section, String action, Map<String, String> parameters, String requestId,
                            Instant now, String timestamp, IncomingRequest.Document document) {

    /** A call without a document body. */
    public OperationCall(Section section, String action, Map<String, String> parameters, String requestId,
                         Instant now, String timestamp) {
        this(section, action, parameters, requestId, now, timestamp, null);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
