package io.camelmws.component.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import io.camelmws.component.error.MwsFlatFileException;

/**
 * A flat-file document (a report, a flat-file processing report) as a lazy iterator of rows, each a map from the
 * header line's column names to the row's cells, read one line at a time so a multi-GiB report needs one line of
 * memory. Each line is cut at its line-feed byte and decoded on its own in the document's charset (the charsets of MWS's
 * flat files, windows-1252, ISO-8859-1, UTF-8 and Windows-31J, never use that byte inside a character), so bytes
 * invalid in the charset are refused (never replaced) with the number of the line that holds them; a byte-order mark
 * is dropped.
 * MWS's flat files are tab-separated without quoting (a cell cannot hold a tab or a line break), so a line is split
 * at its tabs and nothing else: a library CSV parser would have to be told to switch quoting off to read them right.
 * <p>
 * A row with fewer cells than the header has columns holds only the cells it has; a row with more, a header naming a
 * column twice, an XML document, or bytes invalid in the charset fail with {@link MwsFlatFileException} naming the
 * line, rather than handing on rows that are not what the file says. Blank lines are skipped. The iterator closes the
 * document when it reaches the end; {@link #close()} closes it earlier (Camel's splitter does).
 */
public final class FlatFileRows implements Iterator<Map<String, String>>, Closeable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String action;
    private final String charset;
    private final LineInput reader;
    private final List<String> columns;
    private Map<String, String> next;
    private long line = 1;
    private boolean closed;

    private FlatFileRows(String action, String charset, LineInput reader, List<String> columns) {
        this.action = action;
        this.charset = charset;
        this.reader = reader;
        this.columns = columns;
    }

    /** Reads the header line of {@code document}; the rows are read as the iterator is advanced. */
    public static FlatFileRows open(String action, InputStream document, Charset charset) {
        if ("\n".getBytes(charset).length != 1) {
            closeQuietly(document);
            throw new MwsFlatFileException(action, "its charset " + charset.name() + " is not one MWS writes flat files in", null);
        }
        LineInput reader = new LineInput(document, charset);
        try {
            String header = reader.readLine();
            if (header != null && !header.isEmpty() && header.charAt(0) == BYTE_ORDER_MARK) {
                header = header.substring(1);
            }
            if (header != null && header.stripLeading().startsWith("<")) {
                throw new MwsFlatFileException(action, "it is XML, not a flat file; use resultFormat=XML for this document", null);
            }
            List<String> columns = header == null || header.isEmpty() ? List.of() : List.of(header.split("\t", -1));
            Set<String> seen = new HashSet<>();
            for (String column : columns) {
                if (!seen.add(column)) {
                    throw new MwsFlatFileException(action, "its header names the column '" + column + "' twice, so a row map would lose a cell", null);
                }
            }
            return new FlatFileRows(action, charset.name(), reader, columns);
        } catch (CharacterCodingException e) {
            closeQuietly(reader);
            throw new MwsFlatFileException(action, "line 1 is not valid " + charset.name(), e);
        } catch (IOException e) {
            closeQuietly(reader);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    /** The column names of the header line, in order. */
    public List<String> columns() {
        return columns;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !closed) {
            next = readRow();
        }
        return next != null;
    }

    @Override
    public Map<String, String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows");
        }
        Map<String, String> row = next;
        next = null;
        return row;
    }

    private Map<String, String> readRow() {
        try {
            String text;
            do {
                line++;
                text = reader.readLine();
            } while (text != null && text.isEmpty());
            if (text == null) {
                close();
                return null;
            }
            String[] cells = text.split("\t", -1);
            if (cells.length > columns.size()) {
                close();
                throw new MwsFlatFileException(action, "line " + line + " has " + cells.length + " cells, but the header names "
                                                       + columns.size() + " columns " + Arrays.toString(columns.toArray()), null);
            }
            Map<String, String> row = new LinkedHashMap<>((int) (cells.length / 0.75f) + 1);
            for (int i = 0; i < cells.length; i++) {
                row.put(columns.get(i), cells[i]);
            }
            return row;
        } catch (CharacterCodingException e) {
            close();
            throw new MwsFlatFileException(action, "line " + line + " is not valid " + charset, e);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeQuietly(reader);
        }
    }

    /** Lines cut at their line-feed byte (a carriage return before it dropped) and decoded one by one. */
    private static final class LineInput implements Closeable {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;
        private byte[] line = new byte[256];

        LineInput(InputStream in, Charset charset) {
            this.in = in;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        /** The next line without its line end, or null at the end of the document. */
        String readLine() throws IOException {
            int length = 0;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = Math.max(0, in.read(buffer, 0, buffer.length));
                    position = 0;
                    if (limit == 0) {
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                int chunk = position - start;
                if (length + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
                }
                System.arraycopy(buffer, start, line, length, chunk);
                length += chunk;
                if (position < limit) {
                    position++;
                    break;
                }
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            return decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // A verified document in memory or a spool file: nothing is lost by a failed close.
        }
    }
}
