package io.camelmws.component.error;

/**
 * A flat-file feed cannot be sent as MWS reads it: a character the marketplace's charset cannot carry, or bytes that
 * are not valid in the charset the feed was declared in. Says which character or byte, at which line and column.
 * Nothing was sent; the same feed would fail again, so this is not retried.
 */
public class MwsFeedEncodingException extends MwsException {

    public MwsFeedEncodingException(String action, String why) {
        super(action, 0, null, null, why, null, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
