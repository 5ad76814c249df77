package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.response.MwsErrors;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * NextTokens of the Orders section: a binary record of the query and the position, a checksum, in standard
 * base64 (so the {@code + / =} a client must encode do occur, as in real tokens). The token names the book
 * generation it belongs to; after a reseed it is refused as expired.
 */
final class NextTokens {

    private static final int VERSION = 1;
    private static final int CHECKSUM_BYTES = Long.BYTES;

    private NextTokens() {
    }

    static Writer writer(char kind, int generation) {
        return new Writer().writeInt(VERSION).writeInt(kind).writeInt(generation);
    }

    /**
     * @throws RequestRejected MissingParameter without a token; InvalidParameterValue when it is malformed, of
     *                         another operation or of an earlier generation of the order book
     */
    static Reader reader(String token, char kind, int generation) {
        if (token == null || token.isEmpty()) {
            throw new RequestRejected(MwsErrors.missingParameter("NextToken"));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw invalid(token);
        }
        int payload = bytes.length - CHECKSUM_BYTES;
        if (payload < 3 * Integer.BYTES) {
            throw invalid(token);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, payload);
        if (ByteBuffer.wrap(bytes, payload, CHECKSUM_BYTES).getLong() != crc.getValue()) {
            throw invalid(token);
        }
        Reader reader = new Reader(ByteBuffer.wrap(bytes, 0, payload), token);
        if (reader.readInt() != VERSION || reader.readInt() != kind) {
            throw invalid(token);
        }
        if (reader.readInt() != generation) {
            throw RequestRejected.invalid("The NextToken " + token + " has expired: the order book was reseeded "
                    + "or reset since it was issued; start again without a NextToken.");
        }
        return reader;
    }

    private static RequestRejected invalid(String token) {
        return RequestRejected.invalid("Invalid NextToken " + token
                + ": pass the NextToken of the previous page of the same operation unchanged.");
    }

    static final class Writer {
        private ByteBuffer buffer = ByteBuffer.allocate(128);

        Writer writeInt(int value) {
            room(Integer.BYTES).putInt(value);
            return this;
        }

        Writer writeLong(long value) {
            room(Long.BYTES).putLong(value);
            return this;
        }

        /** A string or {@code null}. */
        Writer writeString(String value) {
            if (value == null) {
                return writeInt(-1);
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            writeInt(utf8.length);
            room(utf8.length).put(utf8);
            return this;
        }

        String finish() {
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
    static final class Reader {
        private final ByteBuffer buffer;
        private final String token;

        private Reader(ByteBuffer buffer, String token) {
            this.buffer = buffer;
            this.token = token;
        }

        int readInt() {
            try {
                return buffer.getInt();
            } catch (BufferUnderflowException e) {
                throw invalid(token);
            }
        }

        long readLong() {
            try {
                return buffer.getLong();
            } catch (BufferUnderflowException e) {
                throw invalid(token);
            }
        }

        String readString() {
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
    }
}
