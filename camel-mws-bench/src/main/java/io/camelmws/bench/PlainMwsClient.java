package io.camelmws.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.SortedMap;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.MwsHttpClients;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.http.MwsRequestFactory;

/**
 * The baseline of the producer benchmark: what a hand-written HttpClient 5 loop does for one MWS call. The same
 * pool settings as the component's ({@code MwsHttpClients.pooled(200, 20, 10000, 60000)}), the same request
 * factory and signer, the same headers; no Camel, no quota, no retry, no answer scan.
 */
public final class PlainMwsClient implements AutoCloseable {

    private static final ContentType FORM = ContentType.parse("application/x-www-form-urlencoded; charset=utf-8");

    private final CloseableHttpClient http;
    private final MwsRequestFactory factory;
    private final String userAgent = BenchAccount.userAgent();
    private final Clock clock = Clock.systemUTC();

    public PlainMwsClient(String baseUrl) {
        this(baseUrl, MwsHttpClients.pooled(200, 20, 10_000, 60_000));
    }

    /** Sends with {@code http} instead (closed with this client). */
    public PlainMwsClient(String baseUrl, CloseableHttpClient http) {
        this.factory = BenchAccount.requestFactory(baseUrl);
        this.http = http;
    }

    /** One answer as it came: status, headers, body, for a client to replay. */
    public record Recorded(int status, List<Header> headers, byte[] body, ContentType contentType) {
    }

    /** Signs, sends and reads one call; returns the XML answer. */
    public String call(ResolvedOperation target, SortedMap<String, String> parameters) throws IOException {
        MwsRequest request = factory.create(target, parameters, clock, null);
        HttpPost post = new HttpPost(request.uri());
        post.setHeader(HttpHeaders.USER_AGENT, userAgent);
        post.setEntity(new ByteArrayEntity(request.formBody(), FORM));
        return http.execute(post, response -> {
            String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            if (response.getCode() != 200) {
                throw new IOException(target.action() + " answered " + response.getCode() + ": " + body);
            }
            return body;
        });
    }

    /** Like {@link #call}, but keeps the whole answer. */
    public Recorded record(ResolvedOperation target, SortedMap<String, String> parameters) throws IOException {
        MwsRequest request = factory.create(target, parameters, clock, null);
        HttpPost post = new HttpPost(request.uri());
        post.setHeader(HttpHeaders.USER_AGENT, userAgent);
        post.setEntity(new ByteArrayEntity(request.formBody(), FORM));
        return http.execute(post, response -> new Recorded(response.getCode(), List.of(response.getHeaders()),
                EntityUtils.toByteArray(response.getEntity()), ContentType.parseLenient(response.getEntity().getContentType())));
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
