package io.camelmws.sandbox.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.webservice.OperationFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The synthetic report's generator: exact sizes, deterministic content, unique rows, and an MD5 that matches. */
class SyntheticReportTest {

    private static byte[] bytes(long size, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticReport.of(size, seed).writeTo(out);
        return out.toByteArray();
    }

    @Test
    void writesExactlyTheRequestedNumberOfBytesInWholeRows() throws IOException {
        long block = SyntheticReport.BLOCK_BYTES;
        for (long size : List.of(SyntheticReport.MIN_SIZE, SyntheticReport.MIN_SIZE + 1, SyntheticReport.MIN_SIZE + 127,
                block, block + 1, 3 * block + 77, (1L << 20) + 4093)) {
            byte[] bytes = bytes(size, 7);
            assertThat((long) bytes.length).as("size %d", size).isEqualTo(size);
            String text = new String(bytes, StandardCharsets.US_ASCII);
            assertThat(text).startsWith("sku\tasin\tprice\tquantity\tdescription\n").endsWith("\n");
            assertThat(text.lines().skip(1)).allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(5));
        }
        assertThat(bytes(0, 1)).isEmpty();
    }

    @Test
    void isAPureFunctionOfSizeAndSeedWithUniqueSkus() throws IOException {
        long size = 5L * SyntheticReport.BLOCK_BYTES + 1000;
        byte[] first = bytes(size, 7);
        assertThat(bytes(size, 7)).isEqualTo(first);
        assertThat(bytes(size, 8)).isNotEqualTo(first);
        Set<String> skus = new HashSet<>();
        new String(first, StandardCharsets.US_ASCII).lines().skip(1).forEach(row -> skus.add(row.split("\t")[0]));
        long rows = new String(first, StandardCharsets.US_ASCII).lines().count() - 1;
        assertThat(skus).hasSize((int) rows);
        assertThat(skus).allMatch(sku -> sku.matches("SYN-\\d{12}-\\d{4}"));
    }

    @Test
    void itsMd5IsTheMd5OfTheBytesItWrites() throws Exception {
        long size = 3L * SyntheticReport.BLOCK_BYTES + 12_345;
        byte[] bytes = bytes(size, 42);
        String expected = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        assertThat(SyntheticReport.of(size, 42).md5Base64()).isEqualTo(expected);
        assertThat(SyntheticReport.of(size, 43).md5Base64()).isNotEqualTo(expected);
    }

    @Test
    void refusesSizesItCannotWriteExactly() {
        assertThatThrownBy(() -> SyntheticReport.of(12, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size must be 0 or " + SyntheticReport.MIN_SIZE);
        assertThatThrownBy(() -> SyntheticReport.of(SyntheticReport.MAX_SIZE + 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsSizeAndSeedFromReportOptions() {
        SyntheticReport report = SyntheticReportContent.fromOptions(
                ReportRequestOperations.reportOptions("size=3GiB;seed=9"));
        assertThat(report.size()).isEqualTo(3L << 30);
        assertThat(report.seed()).isEqualTo(9);
        assertThat(SyntheticReportContent.fromOptions(ReportRequestOperations.reportOptions(null)).size())
                .isEqualTo(1L << 20);
        assertThatThrownBy(() -> SyntheticReportContent.fromOptions(
                ReportRequestOperations.reportOptions("size=lots"))).isInstanceOf(OperationFailure.class)
                .hasMessageContaining("InvalidParameterValue");
    }
}
