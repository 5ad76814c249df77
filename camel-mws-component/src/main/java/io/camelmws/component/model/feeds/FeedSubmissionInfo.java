package io.camelmws.component.model.feeds;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One feed submission (SubmitFeed, GetFeedSubmissionList, CancelFeedSubmissions). The processing dates are null
 * until MWS sends them; the status is kept as sent.
 */
public record FeedSubmissionInfo(
        @JsonProperty("FeedSubmissionId") String feedSubmissionId,
        @JsonProperty("FeedType") String feedType,
        @JsonProperty("SubmittedDate") Instant submittedDate,
        @JsonProperty("FeedProcessingStatus") String feedProcessingStatusAsString,
        @JsonProperty("StartedProcessingDate") Instant startedProcessingDate,
        @JsonProperty("CompletedProcessingDate") Instant completedProcessingDate) {

    /** The status as an enum; {@link FeedProcessingStatus#UNKNOWN} for one this version does not know. */
    public FeedProcessingStatus feedProcessingStatus() {
        return FeedProcessingStatus.fromValue(feedProcessingStatusAsString);
    }
}
