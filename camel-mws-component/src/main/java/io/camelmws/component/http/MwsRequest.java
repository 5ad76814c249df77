package io.camelmws.component.http;

import io.camelmws.component.model.RequestDocument;

import java.net.URI;

/**
 * A signed request ready to send: {@code formBody} for a POSTed form, {@code document} for an operation that
 * uploads one (its parameters then travel in the query), neither for GET. {@link #toString()} shows method and
 * path only: query and body carry the Signature and MWSAuthToken.
 */
public record MwsRequest(String action, String method, URI uri, String hostHeader, byte[] formBody, RequestDocument document) {

    @Override
    public String toString() {
        return method + " " + uri.getScheme() + "://" + hostHeader + uri.getRawPath() + " (" + action + ")";
    }
}
