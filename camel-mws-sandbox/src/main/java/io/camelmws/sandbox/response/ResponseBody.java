package io.camelmws.sandbox.response;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body written straight to the socket, for answers too large to hold in memory (multi-GiB
 * reports) or that must misbehave on the wire (a trickle, a body cut short).
 */
public interface ResponseBody {

    /** The number of bytes announced in Content-Length, or -1 to send the body chunked. */
    long length();

    /** Writes the body; may throw to end the connection part way, as a failing server would. */
    void writeTo(OutputStream out) throws IOException;
}
