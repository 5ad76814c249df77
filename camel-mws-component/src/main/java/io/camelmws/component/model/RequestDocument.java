package io.camelmws.component.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * The document an operation uploads (SubmitFeed's feed): its exact bytes, their MD5 and the Content-Type that
 * declares them. It can be opened once per attempt, so a retry sends the same bytes again.
 */
public interface RequestDocument {

    String contentType();

    /** base64 of the MD5 of exactly the bytes {@link #open()} yields. */
    String contentMd5();

    long length();

    InputStream open() throws IOException;
}
