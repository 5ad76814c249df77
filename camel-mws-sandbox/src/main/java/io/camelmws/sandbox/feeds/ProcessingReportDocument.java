package io.camelmws.sandbox.feeds;

import io.camelmws.sandbox.webservice.DocumentWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The document GetFeedSubmissionResult answers (REFERENCE 9.2, 11). XML feeds get MWS's XML processing report in
 * UTF-8; flat-file feeds get its tab-separated text report, in the feed's own charset so SKUs come back as sent:
 * <pre>
 * Feed Processing Summary:
 * 	Number of records processed		3
 * 	Number of records successful		2
 *
 * original-record-number	sku	error-code	error-type	error-message
 * 3	W-2	90244	Error	The value 'abc' in the 'price' field is not a valid price; ...
 * </pre>
 *
 * @param bytes       the document
 * @param contentType its Content-Type
 */
record ProcessingReportDocument(byte[] bytes, String contentType) {

    static final String XML_CONTENT_TYPE = "text/xml;charset=UTF-8";

    static ProcessingReportDocument render(ProcessingReport report, String feedSubmissionId, String merchantId) {
        return report.flatFile() ? text(report) : xml(report, feedSubmissionId, merchantId);
    }

    private static ProcessingReportDocument xml(ProcessingReport report, String feedSubmissionId, String merchantId) {
        DocumentWriter xml = new DocumentWriter()
                .open("AmazonEnvelope", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                        "xsi:noNamespaceSchemaLocation", "amzn-envelope.xsd")
                .open("Header").leaf("DocumentVersion", "1.02").leaf("MerchantIdentifier", merchantId)
                .close("Header")
                .leaf("MessageType", "ProcessingReport")
                .open("Message").leaf("MessageID", "1")
                .open("ProcessingReport")
                .leaf("DocumentTransactionID", feedSubmissionId)
                .leaf("StatusCode", "Complete")
                .open("ProcessingSummary")
                .leaf("MessagesProcessed", Integer.toString(report.processed()))
                .leaf("MessagesSuccessful", Integer.toString(report.successful()))
                .leaf("MessagesWithError", Integer.toString(report.withError()))
                .leaf("MessagesWithWarning", Integer.toString(report.withWarning()))
                .close("ProcessingSummary");
        for (ProcessingReport.Result result : report.results()) {
            xml.open("Result")
                    .leaf("MessageID", Long.toString(result.messageId()))
                    .leaf("ResultCode", result.code())
                    .leaf("ResultMessageCode", Integer.toString(result.messageCode()))
                    .leaf("ResultDescription", result.description());
            if (result.sku() != null) {
                xml.open("AdditionalInfo").leaf("SKU", result.sku()).close("AdditionalInfo");
            }
            xml.close("Result");
        }
        xml.close("ProcessingReport").close("Message").close("AmazonEnvelope");
        return new ProcessingReportDocument(xml.toBytes(), XML_CONTENT_TYPE);
    }

    private static ProcessingReportDocument text(ProcessingReport report) {
        StringBuilder text = new StringBuilder(256 + 128 * report.results().size())
                .append("Feed Processing Summary:\n")
                .append("\tNumber of records processed\t\t").append(report.processed()).append('\n')
                .append("\tNumber of records successful\t\t").append(report.successful()).append('\n')
                .append('\n');
        if (!report.results().isEmpty()) {
            text.append("original-record-number\tsku\terror-code\terror-type\terror-message\n");
            for (ProcessingReport.Result result : report.results()) {
                text.append(result.messageId()).append('\t').append(result.sku() == null ? "" : result.sku())
                        .append('\t').append(result.messageCode()).append('\t').append(result.code()).append('\t')
                        .append(result.description().replace('\t', ' ').replace('\n', ' ')).append('\n');
            }
        }
        Charset charset = report.charset() == null ? StandardCharsets.UTF_8 : report.charset();
        return new ProcessingReportDocument(text.toString().getBytes(charset), "text/plain;charset=" + charset.name());
    }
}
