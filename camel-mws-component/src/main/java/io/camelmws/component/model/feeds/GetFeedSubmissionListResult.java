package io.camelmws.component.model.feeds;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of GetFeedSubmissionList or GetFeedSubmissionListByNextToken, newest first. */
public record GetFeedSubmissionListResult(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("HasNext") Boolean hasNext,
        @JsonProperty("FeedSubmissionInfo")
        @JacksonXmlElementWrapper(useWrapping = false)
        List<FeedSubmissionInfo> feedSubmissionInfo) {

    public GetFeedSubmissionListResult {
        feedSubmissionInfo = feedSubmissionInfo == null ? List.of() : List.copyOf(feedSubmissionInfo);
    }
}
