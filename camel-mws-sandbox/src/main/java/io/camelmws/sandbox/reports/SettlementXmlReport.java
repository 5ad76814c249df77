package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.finances.Settlement;
import io.camelmws.sandbox.finances.SettlementLine;
import io.camelmws.sandbox.webservice.DocumentWriter;
import io.camelmws.sandbox.webservice.WebServiceDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * {@code _GET_V2_SETTLEMENT_REPORT_DATA_XML_}: an {@code AmazonEnvelope} with one {@code SettlementReport} message,
 * its {@code SettlementData} (AmazonSettlementID, TotalAmount, StartDate, EndDate, DepositDate), then an
 * {@code Order} per shipment event (Fulfillment, Item, ItemPrice Components, ItemFees, Promotion) and a
 * {@code Refund} per refund (AdjustedItem with the Adjustment lists), and an {@code OtherTransaction} for a balance
 * carried in. The same lines as the flat file, nested as settlement XML readers walk it (element order as the
 * {@code settlementReport.xsd} names it; seen in open-source readers of real reports, e.g. an Odoo connector's
 * parser of SettlementData, Order, Refund and OtherTransaction).
 */
final class SettlementXmlReport {

    private SettlementXmlReport() {
    }

    static ReportContent of(Settlement settlement) {
        String currency = settlement.period().currencyCode();
        DocumentWriter xml = new DocumentWriter()
                .open("AmazonEnvelope", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                        "xsi:noNamespaceSchemaLocation", "amzn-envelope.xsd")
                .open("Header").leaf("DocumentVersion", "1.00").close("Header")
                .leaf("MessageType", "SettlementReport")
                .open("Message").leaf("MessageID", "1").open("SettlementReport")
                .open("SettlementData")
                .leaf("AmazonSettlementID", settlement.settlementId())
                .leaf("TotalAmount", SellerReports.amount(settlement.totalAmount()), "currency", currency)
                .leaf("StartDate", WebServiceDates.format(settlement.period().start()))
                .leaf("EndDate", WebServiceDates.format(settlement.period().end()))
                .leaf("DepositDate", WebServiceDates.format(settlement.depositDate()))
                .close("SettlementData");
        for (List<SettlementLine> event : runs(settlement.lines(), SettlementXmlReport::sameEvent)) {
            transaction(xml, event, currency);
        }
        if (settlement.beginningBalance().signum() != 0) {
            xml.open("OtherTransaction").leaf("TransactionType", SettlementReportContent.CARRIED_BALANCE)
                    .leaf("PostedDate", WebServiceDates.format(settlement.period().start()))
                    .leaf("Amount", SellerReports.amount(settlement.beginningBalance()), "currency", currency)
                    .close("OtherTransaction");
        }
        xml.close("SettlementReport").close("Message").close("AmazonEnvelope");
        return new BufferedReport(xml.toBytes(), XmlOrdersReport.CONTENT_TYPE, false);
    }

    private static void transaction(DocumentWriter xml, List<SettlementLine> event, String currency) {
        SettlementLine first = event.get(0);
        boolean refund = "Refund".equals(first.transactionType());
        String element = refund ? "Refund" : "Order";
        xml.open(element).leaf("AmazonOrderID", first.orderId()).leaf("MerchantOrderID", first.merchantOrderId())
                .leaf(refund ? "AdjustmentID" : "ShipmentID", refund ? first.adjustmentId() : first.shipmentId())
                .leaf("MarketplaceName", first.marketplaceName())
                .open("Fulfillment").leaf("MerchantFulfillmentID", first.fulfillmentId())
                .leaf("PostedDate", WebServiceDates.format(first.postedDate()));
        String item = refund ? "AdjustedItem" : "Item";
        for (List<SettlementLine> lines : runs(event, (a, b) -> a.orderItemCode().equals(b.orderItemCode()))) {
            SettlementLine line = lines.get(0);
            xml.open(item).leaf("AmazonOrderItemCode", line.orderItemCode());
            if (refund) {
                xml.leaf("MerchantAdjustmentItemID", line.adjustmentId()).leaf("SKU", line.sku());
            } else {
                xml.leaf("SKU", line.sku()).leaf("Quantity", lines.stream().map(SettlementLine::quantityPurchased)
                        .filter(Objects::nonNull).findFirst().map(String::valueOf).orElse(null));
            }
            amounts(xml, refund ? "ItemPriceAdjustments" : "ItemPrice", "Component", "ItemPrice", lines, currency);
            amounts(xml, refund ? "ItemFeeAdjustments" : "ItemFees", "Fee", "ItemFees", lines, currency);
            for (SettlementLine promotion : lines) {
                if ("Promotion".equals(promotion.amountType())) {
                    xml.open(refund ? "PromotionAdjustment" : "Promotion")
                            .leaf("MerchantPromotionID", promotion.promotionId())
                            .leaf("Type", promotion.amountDescription())
                            .leaf("Amount", SellerReports.amount(promotion.amount()), "currency", currency)
                            .close(refund ? "PromotionAdjustment" : "Promotion");
                }
            }
            xml.close(item);
        }
        xml.close("Fulfillment").close(element);
    }

    private static void amounts(DocumentWriter xml, String list, String entry, String amountType,
                                List<SettlementLine> lines, String currency) {
        List<SettlementLine> selected = lines.stream().filter(line -> amountType.equals(line.amountType())).toList();
        if (selected.isEmpty()) {
            return;
        }
        xml.open(list);
        for (SettlementLine line : selected) {
            xml.open(entry).leaf("Type", line.amountDescription())
                    .leaf("Amount", SellerReports.amount(line.amount()), "currency", currency).close(entry);
        }
        xml.close(list);
    }

    private static boolean sameEvent(SettlementLine a, SettlementLine b) {
        return a.transactionType().equals(b.transactionType()) && a.orderId().equals(b.orderId())
                && a.shipmentId().equals(b.shipmentId()) && a.postedDate().equals(b.postedDate());
    }

    /** Consecutive lines that belong together, as the settlement lists them (event by event, line by line). */
    private static List<List<SettlementLine>> runs(List<SettlementLine> lines,
                                                   BiPredicate<SettlementLine, SettlementLine> same) {
        List<List<SettlementLine>> runs = new ArrayList<>();
        for (SettlementLine line : lines) {
            if (runs.isEmpty() || !same.test(runs.get(runs.size() - 1).get(0), line)) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(line);
        }
        return runs;
    }
}
