package io.camelmws.component.model.feeds;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The submission SubmitFeed made. */
public record SubmitFeedResult(
        @JsonProperty("FeedSubmissionInfo") FeedSubmissionInfo feedSubmissionInfo) {
}
