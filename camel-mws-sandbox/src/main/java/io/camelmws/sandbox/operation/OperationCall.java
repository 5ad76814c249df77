package io.camelmws.sandbox.operation;

import io.camelmws.sandbox.catalog.Section;
import java.time.Instant;
import java.util.Map;

/**
 * An authenticated request to one operation, as handed to its handler.
 *
 * @param section    the section that owns the operation
 * @param action     the operation name
 * @param parameters decoded request parameters
 * @param requestId  the request id the response must carry
 * @param now        the sandbox-clock instant of the request
 * @param timestamp  {@code now} as sent in {@code x-mws-timestamp}, for bodies that must repeat it
 */
public record OperationCall(Section section, String action, Map<String, String> parameters, String requestId,
                            Instant now, String timestamp) {

    public String parameter(String name) {
        return parameters.get(name);
    }
}
