package io.camelmws.sandbox.finances;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One closed financial event group as a settlement report states it.
 *
 * @param settlementId     the report's numeric settlement-id (Amazon numbers settlements apart from event groups)
 * @param period           the group
 * @param depositDate      when the funds reach the seller's bank (the group's FundTransferDate)
 * @param beginningBalance what the previous period left owing (the group's BeginningBalance), else 0
 * @param eventTotal       the sum of the group's events (its OriginalTotal)
 * @param lines            one line per amount of each event, in posted order
 */
public record Settlement(String settlementId, SettlementPeriod period, Instant depositDate,
                         BigDecimal beginningBalance, BigDecimal eventTotal, List<SettlementLine> lines) {

    public Settlement {
        lines = List.copyOf(lines);
    }

    /** What the period pays out: its events plus the balance carried in (the group's ConvertedTotal). */
    public BigDecimal totalAmount() {
        return eventTotal.add(beginningBalance);
    }
}
