package io.camelmws.bench.micro;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Endpoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.io.ConnectionEndpoint;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import io.github.bucket4j.Bucket;

import io.camelmws.bench.BenchAccount;
import io.camelmws.bench.CamelMws;
import io.camelmws.bench.PlainMwsClient;
import io.camelmws.component.MwsConstants;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.MwsHttpClients;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.http.MwsRequestFactory;
import io.camelmws.component.param.ParameterBinder;
import io.camelmws.component.signing.AsciiBuffer;
import io.camelmws.component.signing.RequestSigner;
import io.camelmws.component.signing.SignatureMethod;
import io.camelmws.sandbox.signing.CanonicalQuery;
import io.camelmws.component.throttle.MwsBucketStore;
import io.camelmws.component.throttle.OperationThrottle;
import io.camelmws.component.throttle.Throttler;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.component.xml.ResponseScan;
import io.camelmws.component.xml.Utf8AnswerScan;
import io.camelmws.sandbox.MwsSandbox;

/**
 * Where the time of one call goes, for docs/performance.md: the whole call through the component and through the
 * plain loop without the wire ({@link NoWire}), and each stage on its own: parameter binding, signing (and the HMAC
 * within it), reading the answer (the component's one pass, the general reading, and the plain loop's decoding), leasing a pooled connection, and the quota (looking up the operation's buckets, taking a request, being
 * refused one). The round trip over the wire comes from {@link io.camelmws.bench.e2e.ProducerOverheadBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StagesBench {

    /** One call's inputs at each stage; the answer is a real one, fetched from a sandbox once. */
    @State(Scope.Thread)
    public static class Inputs {

        @Param({"GetServiceStatus", "ListOrders"})
        public String call;

        ResolvedOperation target;
        Map<String, Object> input;
        List<String> marketplaceIds;
        SortedMap<String, String> bound;
        MwsRequestFactory factory;
        byte[] signedPrefix;
        AsciiBuffer canonicalQuery;
        RequestSigner signer;
        String answer;
        byte[] answerBytes;
        final Clock clock = Clock.systemUTC();

        @Setup
        public void prepare() throws Exception {
            Instant createdAfter = Instant.now().minus(Duration.ofDays(30));
            target = TypicalRequests.operation(call);
            input = TypicalRequests.input(call, createdAfter);
            marketplaceIds = TypicalRequests.marketplaces(call);
            bound = TypicalRequests.bound(call, createdAfter);
            factory = BenchAccount.requestFactory(TypicalRequests.MWS_NA);
            // What the factory signs: METHOD\nhost\npath\n, then the canonical query of every parameter as ASCII bytes.
            signedPrefix = ("POST\nmws.amazonservices.com\n" + target.path() + "\n").getBytes(StandardCharsets.US_ASCII);
            canonicalQuery = new AsciiBuffer(1024).appendAscii(CanonicalQuery.of(withCommonParameters(target, bound, clock)));
            signer = new RequestSigner(BenchAccount.SECRET_KEY, SignatureMethod.HmacSHA256);
            answer = fetchAnswer(call, bound);
            answerBytes = answer.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * A whole call through the component and through the plain loop, without the wire: both send with a
     * {@link CannedHttpClient} that replays the sandbox's recorded answer. What the component adds to the plain loop
     * here is its own cost per call, free of the sandbox's time and noise.
     */
    @State(Scope.Thread)
    public static class NoWire {

        @Param({"GetServiceStatus", "ListOrders"})
        public String call;

        CamelMws camel;
        Endpoint endpoint;
        Map<String, Object> input;
        PlainMwsClient plain;
        ResolvedOperation target;
        SortedMap<String, String> bound;

        @Setup
        public void start() throws Exception {
            Instant createdAfter = Instant.now().minus(Duration.ofDays(30));
            target = TypicalRequests.operation(call);
            input = TypicalRequests.input(call, createdAfter);
            bound = TypicalRequests.bound(call, createdAfter);
            PlainMwsClient.Recorded answer;
            try (MwsSandbox sandbox = BenchAccount.sandbox().throttling(false).build().start();
                 PlainMwsClient recorder = new PlainMwsClient(sandbox.baseUrl())) {
                answer = recorder.record(target, bound);
            }
            if (answer.status() != 200) {
                throw new IllegalStateException(call + " answered " + answer.status() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
            }
            String baseUrl = "http://127.0.0.1:9";
            camel = CamelMws.start(baseUrl, ThrottlingMode.OFF, 1, null,
                    new CannedHttpClient(answer.status(), answer.headers(), answer.body(), answer.contentType()));
            endpoint = camel.context().getEndpoint(call.equals("GetServiceStatus") ? io.camelmws.bench.e2e.ProducerOverheadBench.URI
                    : "mws:ListOrders?marketplaceId=" + String.join(",", TypicalRequests.marketplaces(call)));
            plain = new PlainMwsClient(baseUrl, new CannedHttpClient(answer.status(), answer.headers(), answer.body(), answer.contentType()));
        }

        @TearDown
        public void stop() throws Exception {
            camel.close();
            plain.close();
        }
    }

    /** The ListOrders quota of the bench seller, as {@code MwsInvoker} consults it for every call with throttling on. */
    @State(Scope.Thread)
    public static class Quota {

        Throttler throttler;
        ResolvedOperation target;
        OperationThrottle roomy;
        OperationThrottle empty;

        @Setup
        public void prepare() {
            target = TypicalRequests.operation("ListOrders");
            throttler = new Throttler(MwsBucketStore.inMemory(), 1);
            empty = throttler.forOperation(BenchAccount.ACCESS_KEY, BenchAccount.SELLER_ID, target);
            while (empty.tryAcquireNow()) {
                // Use up the burst of 6: one request a minute comes back, far slower than this benchmark asks.
            }
            // The same local Bucket4j buckets, but so large that every request is granted: the cost of a grant.
            MwsBucketStore neverEmpty = (key, configuration) -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(1_000_000_000_000L).refillGreedy(1_000_000_000L, Duration.ofSeconds(1)))
                    .build();
            roomy = new Throttler(neverEmpty, 1).forOperation(BenchAccount.ACCESS_KEY, BenchAccount.SELLER_ID, target);
        }
    }

    /**
     * The component's connection pool ({@code MwsHttpClients.connectionPool}) holding one kept-alive connection to a
     * sandbox: what HttpClient does around every call is lease it and release it.
     */
    @State(Scope.Thread)
    public static class Pool {

        static final Timeout TIMEOUT = Timeout.ofSeconds(5);
        static final TimeValue KEEP_ALIVE = TimeValue.ofMinutes(5);

        MwsSandbox sandbox;
        PoolingHttpClientConnectionManager pool;
        HttpRoute route;

        @Setup
        public void open() throws Exception {
            sandbox = BenchAccount.sandbox().throttling(false).build().start();
            pool = MwsHttpClients.connectionPool(200, 20, 10_000, 60_000);
            route = new HttpRoute(HttpHost.create(sandbox.baseUrl()));
            ConnectionEndpoint endpoint = pool.lease("bench", route, TIMEOUT, null).get(TIMEOUT);
            pool.connect(endpoint, TIMEOUT, HttpClientContext.create());
            pool.release(endpoint, null, KEEP_ALIVE);
        }

        @TearDown
        public void close() throws Exception {
            pool.close();
            sandbox.close();
        }
    }

    @Benchmark
    public ConnectionEndpoint poolLease(Pool pool) throws Exception {
        ConnectionEndpoint endpoint = pool.pool.lease("bench", pool.route, Pool.TIMEOUT, null).get(Pool.TIMEOUT);
        if (!endpoint.isConnected()) {
            throw new IllegalStateException("The pool handed out a new connection instead of the kept-alive one");
        }
        pool.pool.release(endpoint, null, Pool.KEEP_ALIVE);
        return endpoint;
    }

    @Benchmark
    public String componentNoWire(NoWire noWire) {
        return noWire.camel.template().requestBodyAndHeader(noWire.endpoint, null, MwsConstants.PARAMETERS, noWire.input, String.class);
    }

    @Benchmark
    public String plainNoWire(NoWire noWire) throws Exception {
        return noWire.plain.call(noWire.target, noWire.bound);
    }

    @Benchmark
    public SortedMap<String, String> bind(Inputs inputs) {
        return ParameterBinder.bind(inputs.target, inputs.input, inputs.marketplaceIds);
    }

    @Benchmark
    public MwsRequest sign(Inputs inputs) {
        return inputs.factory.create(inputs.target, inputs.bound, inputs.clock, null);
    }

    /** Part of {@link #sign}: the HmacSHA256 of the string to sign and its base64, as the factory has it computed. */
    @Benchmark
    public byte[] hmac(Inputs inputs) {
        return inputs.signer.sign(inputs.signedPrefix, inputs.canonicalQuery);
    }

    /** What the component does with every UTF-8 answer of MWS's shape: decodes it, proves it well-formed and scans it, in one pass. */
    @Benchmark
    public Utf8AnswerScan.Read read(Inputs inputs) {
        return Utf8AnswerScan.read(inputs.answerBytes, inputs.answerBytes.length);
    }

    /** The general reading, for answers of any other shape: Woodstox over the decoded text (the decoding not included). */
    @Benchmark
    public ResponseScan scan(Inputs inputs) throws Exception {
        return ResponseScan.of(inputs.answer);
    }

    /** What the plain loop does with the answer: EntityUtils.toString, the usual HttpClient 5 way to the text. */
    @Benchmark
    public String text(Inputs inputs) throws Exception {
        return EntityUtils.toString(new ByteArrayEntity(inputs.answerBytes, ContentType.TEXT_XML), StandardCharsets.UTF_8);
    }

    /** {@code Throttler.forOperation}: what MwsInvoker does for every call before it takes a request. */
    @Benchmark
    public OperationThrottle throttleLookup(Quota quota) {
        return quota.throttler.forOperation(BenchAccount.ACCESS_KEY, BenchAccount.SELLER_ID, quota.target);
    }

    @Benchmark
    public boolean throttleAcquire(Quota quota) {
        return quota.roomy.tryAcquireNow();
    }

    @Benchmark
    public boolean throttleRefuse(Quota quota) {
        return quota.empty.tryAcquireNow();
    }

    /** The parameters as {@code MwsRequestFactory.create} signs them: the operation's and the common ones. */
    static SortedMap<String, String> withCommonParameters(ResolvedOperation target, SortedMap<String, String> bound, Clock clock) {
        SortedMap<String, String> all = new TreeMap<>(bound);
        all.put("AWSAccessKeyId", BenchAccount.ACCESS_KEY);
        all.put("Action", target.action());
        all.put(target.section().sellerParameter(), BenchAccount.SELLER_ID);
        all.put("SignatureMethod", "HmacSHA256");
        all.put("SignatureVersion", "2");
        all.put("Timestamp", clock.instant().toString());
        all.put("Version", target.version());
        return all;
    }

    /** The size in bytes (UTF-8) of the answer each call of the group is measured with, as the page states it. */
    public static List<io.camelmws.bench.Result> answerSizes() throws Exception {
        List<io.camelmws.bench.Result> sizes = new java.util.ArrayList<>();
        for (String call : List.of("GetServiceStatus", "ListOrders")) {
            String answer = fetchAnswer(call, TypicalRequests.bound(call, Instant.now().minus(Duration.ofDays(30))));
            sizes.add(io.camelmws.bench.Result.of("stages.answer_bytes", answer.getBytes(StandardCharsets.UTF_8).length, "B", Double.NaN,
                    "call", call).print());
        }
        return sizes;
    }

    /** A real answer to the call from a sandbox (ListOrders: a page of 10 orders). */
    static String fetchAnswer(String call, SortedMap<String, String> bound) throws Exception {
        try (MwsSandbox sandbox = BenchAccount.sandbox().throttling(false).build().start();
             PlainMwsClient client = new PlainMwsClient(sandbox.baseUrl())) {
            String answer = client.call(TypicalRequests.operation(call), new TreeMap<>(bound));
            if (call.equals("ListOrders")) {
                int orders = answer.split("<Order>", -1).length - 1;
                if (orders != 10) {
                    throw new IllegalStateException("Expected a ListOrders answer of 10 orders, got " + orders);
                }
            }
            return answer;
        }
    }
}
