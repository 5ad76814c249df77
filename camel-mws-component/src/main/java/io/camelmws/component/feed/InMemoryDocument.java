package io.camelmws.component.feed;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import io.camelmws.component.http.RequestDocument;

/** A feed already in memory because the route gave it as a String or byte[]. */
record InMemoryDocument(byte[] bytes, String contentType, String contentMd5) implements RequestDocument {

    static InMemoryDocument of(byte[] bytes, String contentType) {
        return new InMemoryDocument(bytes, contentType, Md5.ofBytes(bytes));
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }
}
