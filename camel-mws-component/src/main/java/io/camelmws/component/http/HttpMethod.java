package io.camelmws.component.http;

/** How the signed parameters travel: as a form body (POST) or in the query string (GET). */
public enum HttpMethod {
    POST, GET
}
