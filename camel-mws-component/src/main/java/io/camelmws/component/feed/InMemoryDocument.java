package io.camelmws.component.feed;

import io.camelmws.component.http.ContentMd5;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import io.camelmws.component.model.RequestDocument;

/** A feed already in memory because the route gave it as a String or byte[]. */
record InMemoryDocument(byte[] bytes, String contentType, String contentMd5) implements RequestDocument {

    static InMemoryDocument of(byte[] bytes, String contentType) {
        return new InMemoryDocument(bytes, contentType, ContentMd5.ofBytes(bytes));
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
