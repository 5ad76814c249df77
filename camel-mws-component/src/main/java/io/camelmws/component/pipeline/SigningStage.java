package io.camelmws.component.pipeline;

import java.util.SortedMap;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.http.MwsRequestFactory;
import io.camelmws.component.model.RequestDocument;

/**
 * Stage 2: the common parameters (AWSAccessKeyId, Action, seller, MWSAuthToken, Version), a Timestamp on MWS's clock
 * as this JVM best knows it, and the Signature Version 2 over all of them. Each attempt is signed afresh.
 */
public final class SigningStage {

    private final MwsRequestFactory requests;
    private final SkewCorrectedClock clock;

    public SigningStage(MwsRequestFactory requests, SkewCorrectedClock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    MwsRequest sign(ResolvedOperation target, SortedMap<String, String> parameters, RequestDocument document) {
        return requests.create(target, parameters, clock, document);
    }

    SkewCorrectedClock clock() {
        return clock;
    }
}
