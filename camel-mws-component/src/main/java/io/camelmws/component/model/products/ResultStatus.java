package io.camelmws.component.model.products;

import io.camelmws.component.model.MwsValue;

/** The status of one item of a Products batch answer (its {@code status} attribute or {@code Status} element). */
public enum ResultStatus implements MwsValue {
    SUCCESS("Success"),
    /** The item's id or request was wrong: its Error says why. */
    CLIENT_ERROR("ClientError"),
    SERVER_ERROR("ServerError"),
    /** GetLowestPricedOffers: the offers changed too recently; see {@code OffersAvailableTime}. */
    ACTIVE_BUT_TOO_SOON_FOR_PROCESSING("ActiveButTooSoonForProcessing"),
    NO_BUYABLE_OFFERS("NoBuyableOffers"),
    /** A status this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    ResultStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static ResultStatus fromValue(String text) {
        return MwsValue.of(ResultStatus.class, text, UNKNOWN);
    }
}
