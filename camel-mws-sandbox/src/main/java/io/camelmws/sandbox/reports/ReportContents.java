package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.orders.OrderBook;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** Makes the content of a completed report request, by the generator its ReportType names. */
final class ReportContents implements BiFunction<ReportRequest, Instant, ReportContent> {

    private final SellerReports seller;
    private final SettlementReportContent settlements;

    ReportContents(Supplier<OrderBook> orderBook) {
        this.seller = new SellerReports(orderBook);
        this.settlements = new SettlementReportContent(orderBook);
    }

    @Override
    public ReportContent apply(ReportRequest request, Instant completedAt) {
        if ("synthetic".equals(request.type().content())) {
            return new SyntheticReportContent(SyntheticReportContent.fromOptions(request.options()),
                    request.locale());
        }
        if (SettlementReportContent.makes(request.type())) {
            return settlements.generate(request);
        }
        return seller.generate(request, completedAt);
    }
}
