package io.camelmws.component.invoke;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/** Whether a transport failure happened before the request left this JVM, which decides if repeating it is safe. */
enum FailureKind {
    /** Certainly not sent: no connection was made (refused, unresolvable, no route, no pooled connection, TLS failed). */
    NOT_SENT,
    /** Possibly processed: the request may have reached MWS before the connection failed. */
    AMBIGUOUS;

    static FailureKind of(IOException failure) {
        if (failure instanceof ConnectException || failure instanceof UnknownHostException || failure instanceof NoRouteToHostException
            || failure instanceof ConnectionRequestTimeoutException || failure instanceof SSLHandshakeException) {
            return NOT_SENT;
        }
        if (failure instanceof InterruptedIOException && failure.getClass() == InterruptedIOException.class) {
            return NOT_SENT;
        }
        return AMBIGUOUS;
    }
}
