package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.finances.Settlement;
import io.camelmws.sandbox.finances.SettlementLine;
import io.camelmws.sandbox.finances.Settlements;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The documents of the settlement reports {@link SettlementReports} submits, made from the period's financial
 * event group: the XML one by {@link SettlementXmlReport}, and {@code _GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2_}
 * with Amazon's 24 published columns. The flat file's first row sums the settlement up (ids, dates, total-amount,
 * currency), each later row is one amount of one of the group's events. A balance carried in from the previous
 * period is a row of its own, so the rows under the summary always add up to total-amount. Dates are UTC as
 * {@code 2020-06-01 12:00:00 UTC}, posted-date a day alone, as the V2 format (unlike the first flat file's local
 * dates) writes them.
 */
final class SettlementReportContent {

    static final String FLAT_FILE_V2 = "settlement-flat-v2";
    static final String XML = "settlement-xml";

    private static final String[] FLAT_FILE_V2_COLUMNS = {"settlement-id", "settlement-start-date",
        "settlement-end-date", "deposit-date", "total-amount", "currency", "transaction-type", "order-id",
        "merchant-order-id", "adjustment-id", "shipment-id", "marketplace-name", "amount-type", "amount-description",
        "amount", "fulfillment-id", "posted-date", "posted-date-time", "order-item-code", "merchant-order-item-id",
        "merchant-adjustment-item-id", "sku", "quantity-purchased", "promotion-id"};
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** How settlement reports name a balance carried in from the previous period. */
    static final String CARRIED_BALANCE = "Previous Reserve Amount Balance";

    private final Supplier<OrderBook> orderBook;

    SettlementReportContent(Supplier<OrderBook> orderBook) {
        this.orderBook = orderBook;
    }

    static boolean makes(ReportType type) {
        return FLAT_FILE_V2.equals(type.content()) || XML.equals(type.content());
    }

    ReportContent generate(ReportRequest request) {
        String currency = Marketplaces.byId(request.marketplaceIds().get(0)).orElseThrow().currencyCode();
        Settlement settlement = new Settlements(orderBook.get()).closed(currency, request.startDate())
                .orElseThrow(() -> new IllegalStateException("No settlement period of " + currency + " starts at "
                        + request.startDate() + " for report " + request.reportId()));
        return XML.equals(request.type().content()) ? SettlementXmlReport.of(settlement)
                : flatFileV2(request, settlement);
    }

    private static ReportContent flatFileV2(ReportRequest request, Settlement settlement) {
        FlatFile file = new FlatFile(FLAT_FILE_V2_COLUMNS);
        String id = settlement.settlementId();
        String currency = settlement.period().currencyCode();
        file.row(values(id, format(settlement.period().start()), format(settlement.period().end()),
                format(settlement.depositDate()), SellerReports.amount(settlement.totalAmount()), currency));
        if (settlement.beginningBalance().signum() != 0) {
            String[] carried = values(id);
            carried[6] = CARRIED_BALANCE;
            carried[12] = "other-transaction";
            carried[13] = CARRIED_BALANCE;
            carried[14] = SellerReports.amount(settlement.beginningBalance());
            file.row(carried);
        }
        for (SettlementLine line : settlement.lines()) {
            file.row(values(id, "", "", "", "", "", line.transactionType(), line.orderId(), line.merchantOrderId(),
                    line.adjustmentId(), line.shipmentId(), line.marketplaceName(), line.amountType(),
                    line.amountDescription(), SellerReports.amount(line.amount()), line.fulfillmentId(),
                    DATE.format(line.postedDate()), format(line.postedDate()), line.orderItemCode(), "", "",
                    line.sku(), line.quantityPurchased() == null ? "" : line.quantityPurchased().toString(),
                    line.promotionId()));
        }
        return file.toReport(request);
    }

    /** A row of every column: {@code leading} values, the rest empty. */
    private static String[] values(String... leading) {
        String[] values = Arrays.copyOf(leading, FLAT_FILE_V2_COLUMNS.length);
        Arrays.fill(values, leading.length, values.length, "");
        return values;
    }

    private static String format(Instant instant) {
        return DATE_TIME.format(instant);
    }
}
