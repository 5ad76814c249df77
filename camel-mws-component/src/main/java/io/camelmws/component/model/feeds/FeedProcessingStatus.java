package io.camelmws.component.model.feeds;

import io.camelmws.component.model.MwsValue;

/** A feed submission's processing status; {@link FeedSubmissionInfo#feedProcessingStatusAsString()} keeps the text. */
public enum FeedProcessingStatus implements MwsValue {
    SUBMITTED("_SUBMITTED_"),
    IN_PROGRESS("_IN_PROGRESS_"),
    CANCELLED("_CANCELLED_"),
    DONE("_DONE_"),
    AWAITING_ASYNCHRONOUS_REPLY("_AWAITING_ASYNCHRONOUS_REPLY_"),
    IN_DASHBOARD("_IN_DASHBOARD_"),
    IN_SAFETY_NET("_IN_SAFETY_NET_"),
    UNCONFIRMED("_UNCONFIRMED_"),
    /** A status this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    FeedProcessingStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static FeedProcessingStatus fromValue(String text) {
        return MwsValue.of(FeedProcessingStatus.class, text, UNKNOWN);
    }
}
