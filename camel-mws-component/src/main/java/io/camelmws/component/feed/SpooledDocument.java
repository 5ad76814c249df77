package io.camelmws.component.feed;

import io.camelmws.component.http.ContentMd5;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

import io.camelmws.component.model.RequestDocument;

/**
 * A feed given as a stream, whose length and MD5 MWS needs before the first byte is sent: spooled to a
 * temporary file while hashing, deleted when the exchange is done.
 */
record SpooledDocument(Path path, long length, String contentType, String contentMd5) implements RequestDocument {

    static SpooledDocument spool(Exchange exchange, InputStream stream, String contentType) throws IOException {
        Path spool = Files.createTempFile("camel-mws-feed-", ".spool");
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // The temp directory is cleaned by the system eventually.
                }
            }
        });
        try (DigestInputStream in = new DigestInputStream(stream, ContentMd5.newDigest()); OutputStream out = Files.newOutputStream(spool)) {
            long length = in.transferTo(out);
            return new SpooledDocument(spool, length, contentType, ContentMd5.encode(in.getMessageDigest().digest()));
        }
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
