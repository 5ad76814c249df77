package io.camelmws.component.model.finances;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A page of ListFinancialEvents or ListFinancialEventsByNextToken. */
public record ListFinancialEventsResult(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("FinancialEvents") FinancialEvents financialEvents) {

    public ListFinancialEventsResult {
        financialEvents = financialEvents == null ? new FinancialEvents(null, null, null, null) : financialEvents;
    }
}
