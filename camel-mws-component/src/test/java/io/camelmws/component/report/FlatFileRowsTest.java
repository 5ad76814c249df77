package io.camelmws.component.report;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.camelmws.component.error.MwsFlatFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shapes of flat files the sandbox's seller does not produce: byte-order marks, CRLF, short and long rows, bad bytes. */
class FlatFileRowsTest {

    private static List<Map<String, String>> rows(byte[] document, Charset charset) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (FlatFileRows iterator = FlatFileRows.open("GetReport", new ByteArrayInputStream(document), charset)) {
            iterator.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void aUtf8ByteOrderMarkIsDroppedAndCrlfLinesAreRead() {
        byte[] document = "\uFEFFsku\ttitle\r\nA-1\tZażółć gęślą jaźń\r\n\r\nB-2\t\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(rows(document, StandardCharsets.UTF_8)).containsExactly(Map.of("sku", "A-1", "title", "Zażółć gęślą jaźń"),
                Map.of("sku", "B-2", "title", ""));
    }

    @Test
    void aShortRowHoldsOnlyItsCellsAndALongRowFailsNamingItsLine() {
        byte[] shortRow = "sku\tprice\tquantity\nA-1\t9.99\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(rows(shortRow, StandardCharsets.US_ASCII)).containsExactly(Map.of("sku", "A-1", "price", "9.99"));

        byte[] longRow = "sku\tprice\nA-1\t9.99\nB-2\t1.00\textra\n".getBytes(StandardCharsets.US_ASCII);
        FlatFileRows iterator = FlatFileRows.open("GetReport", new ByteArrayInputStream(longRow), StandardCharsets.US_ASCII);
        assertThat(iterator.next()).containsEntry("sku", "A-1");
        assertThatThrownBy(iterator::hasNext).isInstanceOf(MwsFlatFileException.class)
                .hasMessageContaining("line 3 has 3 cells, but the header names 2 columns [sku, price]");
    }

    @Test
    void bytesInvalidInTheCharsetAreRefusedNotReplaced() {
        byte[] document = {'s', 'k', 'u', '\n', 'A', (byte) 0xC3, '\n'};
        FlatFileRows iterator = FlatFileRows.open("GetReport", new ByteArrayInputStream(document), StandardCharsets.UTF_8);

        assertThatThrownBy(iterator::hasNext).isInstanceOf(MwsFlatFileException.class).hasMessageContaining("line 2 is not valid UTF-8");
    }

    @Test
    void aHeaderNamingAColumnTwiceOrAnXmlDocumentIsRefusedAtOnce() {
        InputStream twice = new ByteArrayInputStream("sku\tprice\tsku\n".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> FlatFileRows.open("GetReport", twice, StandardCharsets.US_ASCII)).isInstanceOf(MwsFlatFileException.class)
                .hasMessageContaining("names the column 'sku' twice");

        InputStream xml = new ByteArrayInputStream("\uFEFF<?xml version=\"1.0\"?><AmazonEnvelope/>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> FlatFileRows.open("GetReport", xml, StandardCharsets.UTF_8)).isInstanceOf(MwsFlatFileException.class)
                .hasMessageContaining("it is XML");
    }

    @Test
    void anEmptyDocumentHasNoColumnsAndNoRows() {
        try (FlatFileRows iterator = FlatFileRows.open("GetReport", new ByteArrayInputStream(new byte[0]), StandardCharsets.UTF_8)) {
            assertThat(iterator.columns()).isEmpty();
            assertThat(iterator.hasNext()).isFalse();
        }
    }
}
