package io.camelmws.component.model.feeds;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** CancelFeedSubmissions: how many submissions matched, and (up to 100 of) them with their status now. */
public record CancelFeedSubmissionsResult(
        @JsonProperty("Count") Integer count,
        @JsonProperty("FeedSubmissionInfo")
        @JacksonXmlElementWrapper(useWrapping = false)
        List<FeedSubmissionInfo> feedSubmissionInfo) {

    public CancelFeedSubmissionsResult {
        feedSubmissionInfo = feedSubmissionInfo == null ? List.of() : List.copyOf(feedSubmissionInfo);
    }
}
