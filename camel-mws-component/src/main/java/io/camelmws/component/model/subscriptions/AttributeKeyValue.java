package io.camelmws.component.model.subscriptions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One attribute of a destination, e.g. {@code sqsQueueUrl} and the queue URL. */
public record AttributeKeyValue(
        @JsonProperty("Key") String key,
        @JsonProperty("Value") String value) {
}
