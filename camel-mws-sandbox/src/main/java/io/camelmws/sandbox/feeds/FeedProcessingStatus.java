package io.camelmws.sandbox.feeds;

import java.util.Arrays;
import java.util.List;

/**
 * The FeedProcessingStatus values (REFERENCE 9.2). The sandbox's feeds go {@code _SUBMITTED_} →
 * {@code _IN_PROGRESS_} → {@code _DONE_}, or {@code _CANCELLED_}; the others exist as filter values.
 */
public enum FeedProcessingStatus {

    AWAITING_ASYNCHRONOUS_REPLY("_AWAITING_ASYNCHRONOUS_REPLY_"),
    CANCELLED("_CANCELLED_"),
    DONE("_DONE_"),
    IN_PROGRESS("_IN_PROGRESS_"),
    IN_SAFETY_NET("_IN_SAFETY_NET_"),
    SUBMITTED("_SUBMITTED_"),
    UNCONFIRMED("_UNCONFIRMED_");

    private final String wireName;

    FeedProcessingStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(FeedProcessingStatus::wireName).toList();
    }
}
