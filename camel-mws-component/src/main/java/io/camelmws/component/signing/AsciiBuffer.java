package io.camelmws.component.signing;

import java.util.Arrays;

/**
 * A growable byte buffer for ASCII text (percent-encoded queries are ASCII), so a canonical query can be
 * signed and sent without first becoming a String and then bytes again.
 */
public final class AsciiBuffer {

    private byte[] bytes;
    private int length;

    public AsciiBuffer(int capacity) {
        this.bytes = new byte[capacity];
    }

    public AsciiBuffer clear() {
        length = 0;
        return this;
    }

    public AsciiBuffer append(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Appends ASCII text as is (the caller vouches that it holds no other characters). */
    public AsciiBuffer appendAscii(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    public AsciiBuffer append(byte[] ascii) {
        ensure(ascii.length);
        System.arraycopy(ascii, 0, bytes, length, ascii.length);
        length += ascii.length;
        return this;
    }

    public int length() {
        return length;
    }

    /** The live array; valid up to {@link #length()}. */
    public byte[] array() {
        return bytes;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    void put(byte b) {
        bytes[length++] = b;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
