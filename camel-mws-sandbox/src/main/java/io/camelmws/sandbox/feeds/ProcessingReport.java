package io.camelmws.sandbox.feeds;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What processing a feed found: MWS's ProcessingSummary counts and a result per failing message or row
 * (REFERENCE 11). {@code results} may be cut at {@link #MAX_RESULTS}; the counts never are.
 *
 * @param processed  MessagesProcessed (records processed, for flat files)
 * @param successful MessagesSuccessful
 * @param withError  MessagesWithError
 * @param withWarning MessagesWithWarning
 * @param results    the errors and warnings, in document order
 * @param flatFile   whether the report is the tab-separated text of a flat-file feed rather than XML
 * @param charset    for a flat-file report, the charset it is written in (the feed's)
 */
record ProcessingReport(int processed, int successful, int withError, int withWarning, List<Result> results,
                        boolean flatFile, Charset charset) {

    /** A feed with a million broken rows must not make a million-entry report in memory. */
    static final int MAX_RESULTS = 10_000;

    ProcessingReport {
        results = List.copyOf(results);
    }

    /**
     * One Result.
     *
     * @param messageId   the message's MessageID (the row's line number in a flat file; 0 for the whole document)
     * @param code        {@code Error} or {@code Warning}
     * @param messageCode the ResultMessageCode (error-code of a flat file)
     * @param description the ResultDescription
     * @param sku         the SKU concerned (AdditionalInfo/SKU), or {@code null}
     */
    record Result(long messageId, String code, int messageCode, String description, String sku) {

        static Result error(long messageId, int messageCode, String description, String sku) {
            return new Result(messageId, "Error", messageCode, description, sku);
        }
    }
}
