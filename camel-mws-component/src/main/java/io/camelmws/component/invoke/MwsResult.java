package io.camelmws.component.invoke;

import io.camelmws.component.http.MwsResponse;

/**
 * A successful call and what it took.
 *
 * @param recovered true when a SubmitFeed whose answer was lost was found at MWS instead of being sent again
 */
public record MwsResult(MwsResponse response, int attempts, long throttleWaitMillis, boolean recovered) {
}
