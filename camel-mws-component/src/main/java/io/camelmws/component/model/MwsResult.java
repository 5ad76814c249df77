package io.camelmws.component.model;

import io.camelmws.component.xml.ResponseScan;

/**
 * A successful call and what it took.
 *
 * @param scan      what the component read of an XML answer (ids, NextToken); null for a downloaded document
 * @param attempts  requests sent for this call, the successful one included
 * @param recovered true when a write whose answer was lost was found at MWS instead of being sent again
 */
public record MwsResult(MwsResponse response, ResponseScan scan, int attempts, long throttleWaitMillis, boolean recovered) {
}
