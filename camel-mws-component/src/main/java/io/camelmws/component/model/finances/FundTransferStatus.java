package io.camelmws.component.model.finances;

import io.camelmws.component.model.MwsValue;

/** Where the payout of a financial event group stands; {@link FinancialEventGroup#fundTransferStatusAsString()} keeps the text. */
public enum FundTransferStatus implements MwsValue {
    /** The funds reached the seller's bank account. */
    SUCCESSFUL("Successful"),
    /** The transfer is under way. */
    PROCESSING("Processing"),
    /** The transfer has been started. */
    INITIATED("Initiated"),
    /** The transfer failed. */
    FAILED("Failed"),
    /** MWS's own {@code Unknown}: sent while the group is still open. */
    NOT_YET_KNOWN("Unknown"),
    /** A value this version of the component does not know; the model keeps the text. */
    UNKNOWN(null);

    private final String value;

    FundTransferStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static FundTransferStatus fromValue(String text) {
        return MwsValue.of(FundTransferStatus.class, text, UNKNOWN);
    }
}
