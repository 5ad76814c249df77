package io.camelmws.sandbox.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;

/**
 * A report small enough to hold in memory (listings, orders, inventory of the sandbox seller): made as of its
 * request's completion and kept in the store's bounded cache until GetReport asks for it.
 */
final class BufferedReport implements ReportContent {

    private final byte[] bytes;
    private final String contentType;
    private final boolean empty;
    private final String md5;

    /** @param empty whether the report has no data rows (a flat file may still have its header) */
    BufferedReport(byte[] bytes, String contentType, boolean empty) {
        this.bytes = bytes;
        this.contentType = contentType;
        this.empty = empty;
        this.md5 = Base64.getEncoder().encodeToString(SyntheticReport.md5().digest(bytes));
    }

    @Override
    public boolean empty() {
        return empty;
    }

    @Override
    public String contentType() {
        return contentType;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public String md5Base64() {
        return md5;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }
}
