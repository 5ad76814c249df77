package io.camelmws.component.model.finances;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/**
 * A settlement period of one currency: its events' total, what it began with, and where its payout stands. The end,
 * the converted total and the transfer's date, trace id and account tail appear once the group is closed (and paid).
 */
public record FinancialEventGroup(
        @JsonProperty("FinancialEventGroupId") String financialEventGroupId,
        @JsonProperty("ProcessingStatus") String processingStatusAsString,
        @JsonProperty("FundTransferStatus") String fundTransferStatusAsString,
        @JsonProperty("OriginalTotal") Money originalTotal,
        @JsonProperty("ConvertedTotal") Money convertedTotal,
        @JsonProperty("FundTransferDate") Instant fundTransferDate,
        @JsonProperty("TraceId") String traceId,
        @JsonProperty("AccountTail") String accountTail,
        @JsonProperty("BeginningBalance") Money beginningBalance,
        @JsonProperty("FinancialEventGroupStart") Instant financialEventGroupStart,
        @JsonProperty("FinancialEventGroupEnd") Instant financialEventGroupEnd) {

    /** {@link ProcessingStatus#UNKNOWN} for a status this version does not know. */
    public ProcessingStatus processingStatus() {
        return ProcessingStatus.fromValue(processingStatusAsString);
    }

    /** {@link FundTransferStatus#UNKNOWN} for a status this version does not know. */
    public FundTransferStatus fundTransferStatus() {
        return FundTransferStatus.fromValue(fundTransferStatusAsString);
    }
}
