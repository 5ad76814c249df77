package io.camelmws.component.retry;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/** Whether an attempt's failure leaves open that MWS carried the request out: that decides if repeating it is safe. */
public enum FailureKind {
    /** MWS answered with an error: it refused the request, so nothing was carried out. */
    ANSWERED,
    /** Certainly not sent: no connection was made (refused, unresolvable, no route, no pooled connection, TLS failed). */
    NOT_SENT,
    /** Possibly carried out: the request may have reached MWS before the connection failed or timed out. */
    AMBIGUOUS,
    /** MWS answered 2xx, but with a document that cannot be read: it accepted the request, whose result is unknown. */
    GARBLED,
    /** A downloaded document whose MD5 or length is not what MWS declared; downloading again is a read like any other. */
    CONTENT_MISMATCH;

    /** NOT_SENT or AMBIGUOUS, from the transport failure alone. */
    public static FailureKind of(IOException failure) {
        if (failure instanceof ConnectException || failure instanceof UnknownHostException || failure instanceof NoRouteToHostException
            || failure instanceof ConnectionRequestTimeoutException || failure instanceof SSLHandshakeException) {
            return NOT_SENT;
        }
        // A bare InterruptedIOException is HttpClient's "interrupted while waiting for a connection": nothing was written.
        if (failure instanceof InterruptedIOException && failure.getClass() == InterruptedIOException.class) {
            return NOT_SENT;
        }
        return AMBIGUOUS;
    }
}
