package io.camelmws.component.feed;

import io.camelmws.component.http.ContentMd5;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.camelmws.component.model.RequestDocument;

/** A feed in a file: hashed by one pass over it here, uploaded by another, never loaded whole. */
record FileDocument(Path path, long length, String contentType, String contentMd5) implements RequestDocument {

    static FileDocument of(Path path, String contentType) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("The feed file " + path + " does not exist or is not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            ContentMd5.Digested digested = ContentMd5.of(in);
            return new FileDocument(path, digested.length(), contentType, digested.base64());
        }
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
