package io.camelmws.component.http;

import java.net.URI;

/**
 * A signed request ready to send. {@code body} is the form body of a POST (or the document of SubmitFeed),
 * null for GET. {@link #toString()} shows method and path only: query and body carry the Signature and
 * MWSAuthToken.
 */
public record MwsRequest(String action, String method, URI uri, String hostHeader, byte[] body, String contentType, String contentMd5) {

    @Override
    public String toString() {
        return method + " " + uri.getScheme() + "://" + hostHeader + uri.getRawPath() + " (" + action + ")";
    }
}
