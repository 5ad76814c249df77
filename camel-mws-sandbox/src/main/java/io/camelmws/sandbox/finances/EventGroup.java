package io.camelmws.sandbox.finances;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One FinancialEventGroup: a settlement period of one currency as it stands at an instant.
 *
 * @param id               FinancialEventGroupId
 * @param currencyCode     the currency of its events
 * @param start            FinancialEventGroupStart
 * @param end              when the period closes (FinancialEventGroupEnd once it has)
 * @param open             ProcessingStatus Open (else Closed)
 * @param originalTotal    the sum of its events posted so far
 * @param beginningBalance what the previous period left owing (a negative balance carried over), else 0
 * @param transferred      whether the funds have reached the seller's bank (FundTransferStatus Successful)
 */
record EventGroup(String id, String currencyCode, Instant start, Instant end, boolean open, BigDecimal originalTotal,
                  BigDecimal beginningBalance, boolean transferred) {
}
