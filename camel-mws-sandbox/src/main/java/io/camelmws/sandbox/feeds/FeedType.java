package io.camelmws.sandbox.feeds;

/**
 * One FeedType SubmitFeed accepts, and how the sandbox processes it (loaded from {@code feed-types.properties}).
 *
 * @param name        the enumeration value, e.g. {@code _POST_INVENTORY_AVAILABILITY_DATA_}
 * @param format      how the document is read
 * @param messageType for XML feeds, the MessageType the envelope must declare, or {@code null} for any
 */
public record FeedType(String name, Format format, String messageType) {

    /** How a feed's document is read. */
    public enum Format {
        /** An {@code AmazonEnvelope} of messages; processing report in XML. */
        XML,
        /** Tab-separated values with a header row; processing report in tab-separated text. */
        FLAT,
        /** Stored, not read (PDF, UIEE, ACES); processing report in XML, always successful. */
        OPAQUE
    }
}
