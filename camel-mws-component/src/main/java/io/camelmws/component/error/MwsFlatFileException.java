package io.camelmws.component.error;

/**
 * A downloaded document read as flat-file rows (resultFormat ROWS) is not what a flat file is: it is XML, a line holds
 * more cells than the header names, or its bytes are not valid in its charset. Says where; not retried, since the
 * verified document would read the same way again.
 */
public class MwsFlatFileException extends MwsException {

    public MwsFlatFileException(String action, String why, Throwable cause) {
        super(action, 0, null, null, "the document cannot be read as flat-file rows: " + why, null, null);
        if (cause != null) {
            initCause(cause);
        }
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
