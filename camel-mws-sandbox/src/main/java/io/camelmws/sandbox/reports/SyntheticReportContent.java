package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.webservice.MarketplaceLocale;
import io.camelmws.sandbox.webservice.OperationFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/** {@code _GET_SANDBOX_SYNTHETIC_DATA_} as a report: streamed, ASCII only, MD5 computed once per (size, seed). */
final class SyntheticReportContent implements ReportContent {

    /** What a scheduled synthetic report, or one requested without {@code size}, contains. */
    static final long DEFAULT_SIZE = 1L << 20;

    private final SyntheticReport report;
    private final String contentType;

    SyntheticReportContent(SyntheticReport report, MarketplaceLocale marketplace) {
        this.report = report;
        this.contentType = "text/plain;charset=" + marketplace.reportCharsetLabel();
    }

    /**
     * Reads {@code size} (bytes, or with a binary suffix: {@code 512KiB}, {@code 3GiB}) and {@code seed} from the
     * ReportOptions.
     *
     * @throws OperationFailure InvalidParameterValue naming ReportOptions and what is allowed
     */
    static SyntheticReport fromOptions(Map<String, String> options) {
        long size = DEFAULT_SIZE;
        long seed = 0;
        String sizeText = options.get(SyntheticReport.SIZE_OPTION);
        String seedText = options.get(SyntheticReport.SEED_OPTION);
        try {
            if (sizeText != null) {
                size = bytes(sizeText);
            }
            if (seedText != null) {
                seed = Long.parseLong(seedText.trim());
            }
            return SyntheticReport.of(size, seed);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new OperationFailure(MwsError.of(400, "InvalidParameterValue", "ReportOptions of "
                    + "_GET_SANDBOX_SYNTHETIC_DATA_ must be size=<bytes>;seed=<integer>, with a size of 0 (no data) or "
                    + SyntheticReport.MIN_SIZE + " bytes to 1TiB (suffixes KiB, MiB, GiB allowed); got size="
                    + sizeText + ", seed=" + seedText + "."));
        }
    }

    private static long bytes(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        for (String[] suffix : new String[][] {{"KIB", "10"}, {"MIB", "20"}, {"GIB", "30"}, {"K", "10"}, {"M", "20"},
            {"G", "30"}}) {
            if (value.endsWith(suffix[0])) {
                unit = 1L << Integer.parseInt(suffix[1]);
                value = value.substring(0, value.length() - suffix[0].length()).trim();
                break;
            }
        }
        return Math.multiplyExact(Long.parseLong(value), unit);
    }

    @Override
    public boolean empty() {
        return report.size() == 0;
    }

    @Override
    public String contentType() {
        return contentType;
    }

    @Override
    public long length() {
        return report.size();
    }

    @Override
    public String md5Base64() {
        return report.md5Base64();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        report.writeTo(out);
    }
}
