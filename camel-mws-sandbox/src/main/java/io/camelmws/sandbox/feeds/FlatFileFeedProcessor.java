package io.camelmws.sandbox.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Processes a tab-separated feed line by line in the charset it was declared in. Lines before the header (the
 * {@code TemplateType=...} and label rows of category templates) are skipped; the header is the first of the
 * first {@value #HEADER_SEARCH_LINES} lines with a key column ({@code sku}, {@code item_sku}, {@code seller-sku},
 * or {@code order-id} for order feeds). Each later non-empty line is a record: one without a key value, or with
 * a price or quantity that is not a number, is an error reported with its line number (original-record-number).
 */
final class FlatFileFeedProcessor {

    /** A value is missing from a required column (sandbox's choice of code; see the README). */
    static final int MISSING_VALUE = 90220;
    /** A value is not a number where one is required (sandbox's choice of code). */
    static final int NOT_A_NUMBER = 90244;
    /** The file has no header row the sandbox can recognise, or cannot be read. */
    static final int NO_HEADER = 90001;

    private static final int HEADER_SEARCH_LINES = 5;
    private static final List<String> KEY_COLUMNS = List.of("sku", "item_sku", "seller-sku", "order-id",
            "merchant-fulfillment-order-id");
    private static final Set<String> PRICE_COLUMNS = Set.of("price", "standard_price", "sale-price", "sale_price",
            "minimum-seller-allowed-price", "maximum-seller-allowed-price", "item-price");
    private static final Set<String> QUANTITY_COLUMNS = Set.of("quantity", "handling-time", "fulfillment-latency");

    private FlatFileFeedProcessor() {
    }

    static ProcessingReport process(ReceivedFeed feed, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        List<ProcessingReport.Result> results = new ArrayList<>();
        int processed = 0;
        int withError = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(feed.path()),
                decoder), 64 * 1024)) {
            List<String> header = null;
            int keyColumn = -1;
            long lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (header == null) {
                    List<String> cells = cells(line);
                    keyColumn = keyColumn(cells);
                    if (keyColumn >= 0) {
                        header = cells;
                    } else if (lineNumber >= HEADER_SEARCH_LINES) {
                        break;
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                processed++;
                List<ProcessingReport.Result> problems = checkRow(lineNumber, header, keyColumn, cells(line));
                if (!problems.isEmpty()) {
                    withError++;
                    for (ProcessingReport.Result problem : problems) {
                        if (results.size() < ProcessingReport.MAX_RESULTS) {
                            results.add(problem);
                        }
                    }
                }
            }
            if (header == null) {
                return new ProcessingReport(0, 0, 1, 0, List.of(ProcessingReport.Result.error(0, NO_HEADER,
                        "The file has no header row: none of its first " + HEADER_SEARCH_LINES + " lines has a "
                                + String.join(", ", KEY_COLUMNS) + " column (read as " + charset.name() + ").",
                        null)), true, charset);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read feed " + feed.feedSubmissionId(), e);
        }
        return new ProcessingReport(processed, processed - withError, withError, 0, results, true, charset);
    }

    private static List<ProcessingReport.Result> checkRow(long lineNumber, List<String> header, int keyColumn,
                                                          List<String> cells) {
        List<ProcessingReport.Result> problems = new ArrayList<>();
        String key = value(cells, keyColumn);
        String sku = key.isEmpty() ? null : key;
        if (key.isEmpty()) {
            problems.add(ProcessingReport.Result.error(lineNumber, MISSING_VALUE, "A value is required in the '"
                    + header.get(keyColumn) + "' field.", null));
        }
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column).toLowerCase(Locale.ROOT);
            String value = value(cells, column);
            if (value.isEmpty()) {
                continue;
            }
            if (PRICE_COLUMNS.contains(name) && !MessageRules.nonNegativeDecimal(value)) {
                problems.add(ProcessingReport.Result.error(lineNumber, NOT_A_NUMBER, "The value '" + value
                        + "' in the '" + header.get(column) + "' field is not a valid price; use digits and a "
                        + "decimal point, e.g. 19.99.", sku));
            } else if (QUANTITY_COLUMNS.contains(name) && !value.matches("\\d{1,9}")) {
                problems.add(ProcessingReport.Result.error(lineNumber, NOT_A_NUMBER, "The value '" + value
                        + "' in the '" + header.get(column) + "' field is not a whole number of 0 or more.", sku));
            }
        }
        return problems;
    }

    private static int keyColumn(List<String> cells) {
        for (String key : KEY_COLUMNS) {
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).trim().equalsIgnoreCase(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String value(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column).trim() : "";
    }

    private static List<String> cells(String line) {
        // A byte-order mark at the start of the file is not part of the first column's name.
        String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', start)) {
            cells.add(text.substring(start, tab));
            start = tab + 1;
        }
        cells.add(text.substring(start));
        return cells;
    }
}
