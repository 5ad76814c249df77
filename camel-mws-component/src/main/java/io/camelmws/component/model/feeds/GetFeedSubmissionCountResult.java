package io.camelmws.component.model.feeds;

import com.fasterxml.jackson.annotation.JsonProperty;

/** GetFeedSubmissionCount: how many submissions the filters select. */
public record GetFeedSubmissionCountResult(
        @JsonProperty("Count") Integer count) {
}
