package io.camelmws.component.model.feeds;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many messages of a feed MWS processed, and how many of them succeeded, failed or warned. */
public record ProcessingSummary(
        @JsonProperty("MessagesProcessed") Integer messagesProcessed,
        @JsonProperty("MessagesSuccessful") Integer messagesSuccessful,
        @JsonProperty("MessagesWithError") Integer messagesWithError,
        @JsonProperty("MessagesWithWarning") Integer messagesWithWarning) {
}
