package io.camelmws.sandbox.webservice;

import io.camelmws.sandbox.response.MwsError;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * NextToken values of every paged list the sandbox answers (Orders, Reports, Feeds). A token carries everything
 * the next page needs (the query, the position, whatever instant the pages are read at), so the sandbox keeps no
 * per-token state. It is a binary record (format version, the list it continues, the list's fields) with a
 * checksum, in standard base64: the {@code + / =} a client must encode do occur, as in MWS's tokens, so a client
 * that forgets to encode one fails its signature as it would have.
 */
public final class PageToken {

    private static final int VERSION = 1;
    private static final int CHECKSUM_BYTES = Long.BYTES;

    private PageToken() {
    }

    /** @param kind which list the token continues, e.g. {@code ListOrders} or {@code GetReportRequestList} */
    public static Writer writer(String kind) {
        return new Writer().writeInt(VERSION).writeString(kind);
    }

    /**
     * Opens a token for reading its fields in the order they were written.
     *
     * @throws OperationFailure InvalidParameterValue when the token was not issued for {@code kind} or is damaged
     */
    public static Reader reader(String kind, String token) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw invalid(token);
        }
        int payload = bytes.length - CHECKSUM_BYTES;
        if (payload < Integer.BYTES) {
            throw invalid(token);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, payload);
        if (ByteBuffer.wrap(bytes, payload, CHECKSUM_BYTES).getLong() != crc.getValue()) {
            throw invalid(token);
        }
        Reader reader = new Reader(ByteBuffer.wrap(bytes, 0, payload), token);
        if (reader.readInt() != VERSION || !kind.equals(reader.readString())) {
            throw invalid(token);
        }
        return reader;
    }

    /** A token whose only field is {@code state}: a list's query as request parameters, and its position. */
    public static String encode(String kind, Map<String, String> state) {
        return writer(kind).writeState(state).finish();
    }

    /** The state of a token {@link #encode(String, Map) encoded} for {@code kind}. */
    public static Map<String, String> decode(String kind, String token) {
        Reader reader = reader(kind, token);
        Map<String, String> state = reader.readState();
        reader.end();
        return state;
    }

    private static OperationFailure invalid(String token) {
        return new OperationFailure(MwsError.of(400, "InvalidParameterValue", "Invalid NextToken " + token
                + ": pass the NextToken of the previous page of the same operation unchanged."));
    }

    /** Writes fields; {@link #finish()} adds the checksum and encodes. */
    public static final class Writer {
        private ByteBuffer buffer = ByteBuffer.allocate(128);

        private Writer() {
        }

        public Writer writeInt(int value) {
            room(Integer.BYTES).putInt(value);
            return this;
        }

        public Writer writeLong(long value) {
            room(Long.BYTES).putLong(value);
            return this;
        }

        /** A string or {@code null}. */
        public Writer writeString(String value) {
            if (value == null) {
                return writeInt(-1);
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            writeInt(utf8.length);
            room(utf8.length).put(utf8);
            return this;
        }

        /** Names and values, in order. */
        public Writer writeState(Map<String, String> state) {
            writeInt(state.size());
            state.forEach((name, value) -> writeString(name).writeString(value));
            return this;
        }

        public String finish() {
            CRC32 crc = new CRC32();
            crc.update(buffer.array(), 0, buffer.position());
            writeLong(crc.getValue());
            return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), buffer.position()));
        }

        private ByteBuffer room(int bytes) {
            if (buffer.remaining() < bytes) {
                ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
                buffer = larger.put(buffer.flip());
            }
            return buffer;
        }
    }

    /** Reads fields in the order they were written; running past the end is a malformed token. */
    public static final class Reader {
        private final ByteBuffer buffer;
        private final String token;

        private Reader(ByteBuffer buffer, String token) {
            this.buffer = buffer;
            this.token = token;
        }

        public int readInt() {
            try {
                return buffer.getInt();
            } catch (BufferUnderflowException e) {
                throw invalid(token);
            }
        }

        public long readLong() {
            try {
                return buffer.getLong();
            } catch (BufferUnderflowException e) {
                throw invalid(token);
            }
        }

        public String readString() {
            int length = readInt();
            if (length < 0) {
                return null;
            }
            if (length > buffer.remaining()) {
                throw invalid(token);
            }
            byte[] utf8 = new byte[length];
            buffer.get(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        public Map<String, String> readState() {
            int size = readInt();
            if (size < 0 || size > buffer.remaining()) {
                throw invalid(token);
            }
            Map<String, String> state = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                String name = readString();
                String value = readString();
                if (name == null || value == null) {
                    throw invalid(token);
                }
                state.put(name, value);
            }
            return state;
        }

        /** @throws OperationFailure when fields follow the ones read */
        public void end() {
            if (buffer.hasRemaining()) {
                throw invalid(token);
            }
        }
    }
}
