package io.camelmws.component.error;

/**
 * MWS answered 2xx with a document that is not well-formed XML, or that declares a DOCTYPE or entities (which MWS
 * never sends: a proxy page or an attack). Nothing of it was handed on. For a write, MWS accepted the request: the
 * component then finds out what became of it instead of failing with this.
 */
public class MwsUnreadableAnswerException extends MwsException {

    public MwsUnreadableAnswerException(String action, int httpStatus, String why, String requestId) {
        super(action, httpStatus, null, null, "the answer was refused: " + why, null, requestId);
    }

    /** The next answer may be whole: a cut or garbled one is usually the network's doing. */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
