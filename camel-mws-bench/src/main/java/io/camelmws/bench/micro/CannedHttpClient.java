package io.camelmws.bench.micro;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;

/**
 * An HttpClient without a wire: it writes each request's body to nowhere and answers a recorded MWS answer (status,
 * headers, body). Given to the component and to the plain loop alike, it leaves on both sides exactly the work
 * their own code does per call, free of the sandbox's and the loopback's time and noise.
 */
final class CannedHttpClient extends CloseableHttpClient {

    private final int status;
    private final List<Header> headers;
    private final byte[] body;
    private final ContentType contentType;

    CannedHttpClient(int status, List<Header> headers, byte[] body, ContentType contentType) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body.clone();
        this.contentType = contentType;
    }

    @Override
    protected CloseableHttpResponse doExecute(HttpHost target, ClassicHttpRequest request, HttpContext context) throws IOException {
        if (request.getEntity() != null) {
            request.getEntity().writeTo(OutputStream.nullOutputStream());
        }
        BasicClassicHttpResponse response = new BasicClassicHttpResponse(status);
        for (Header header : headers) {
            response.addHeader(header);
        }
        response.setEntity(new ByteArrayEntity(body, contentType));
        return CloseableHttpResponse.adapt(response);
    }

    @Override
    public void close(CloseMode closeMode) {
        // Nothing to release.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
