package io.camelmws.sandbox.reports;

/**
 * One ReportType as the sandbox knows it (loaded from {@code report-types.properties}).
 *
 * @param name        the enumeration value, e.g. {@code _GET_MERCHANT_LISTINGS_DATA_}
 * @param requestable whether RequestReport accepts it
 * @param schedulable whether ManageReportSchedule accepts it
 * @param xml         whether the report is an XML document rather than a tab-separated flat file
 * @param content     the name of the sandbox's generator, or {@code null} when the type is not simulated
 * @param unicode     whether a flat file is UTF-8 with a byte-order mark in every marketplace, as recent
 *                    {@code _GET_MERCHANT_LISTINGS_DATA_} answers were, rather than in the marketplace's charset
 */
public record ReportType(String name, boolean requestable, boolean schedulable, boolean xml, String content,
                         boolean unicode) {

    public boolean simulated() {
        return content != null;
    }
}
