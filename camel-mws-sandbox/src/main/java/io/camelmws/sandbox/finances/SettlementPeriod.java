package io.camelmws.sandbox.finances;

import java.time.Instant;

/**
 * A closed settlement period of one currency, before its money is added up.
 *
 * @param groupId      the FinancialEventGroupId ListFinancialEventGroups shows for it
 * @param currencyCode the currency it settles
 * @param start        FinancialEventGroupStart (inclusive)
 * @param end          FinancialEventGroupEnd (exclusive), when the period closed
 */
public record SettlementPeriod(String groupId, String currencyCode, Instant start, Instant end) {
}
