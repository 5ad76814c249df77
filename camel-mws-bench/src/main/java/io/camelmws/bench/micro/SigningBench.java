package io.camelmws.bench.micro;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.camelmws.bench.BenchAccount;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.http.MwsRequestFactory;

/**
 * Signing as the component does it for every attempt: {@code MwsRequestFactory.create} adds the common parameters
 * and the Timestamp, builds the canonical query, signs it with HmacSHA256 and lays out the form body. Run with
 * {@code -prof gc} for the bytes allocated per request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SigningBench {

    @Param({"ListOrders", "GetOrder50"})
    public String request;

    private MwsRequestFactory factory;
    private ResolvedOperation target;
    private SortedMap<String, String> parameters;
    private final Clock clock = Clock.systemUTC();

    @Setup
    public void prepare() {
        factory = BenchAccount.requestFactory(TypicalRequests.MWS_NA);
        target = TypicalRequests.operation(request);
        parameters = TypicalRequests.bound(request, Instant.now().minus(Duration.ofDays(1)));
    }

    @Benchmark
    public MwsRequest create() {
        return factory.create(target, parameters, clock, null);
    }

    /** How many parameters a request of this kind signs (the operation's plus the common ones). */
    public static int signedParameters(String request) {
        SortedMap<String, String> bound = TypicalRequests.bound(request, Instant.now().minus(Duration.ofDays(1)));
        // AWSAccessKeyId, Action, SellerId, SignatureMethod, SignatureVersion, Timestamp, Version.
        return bound.size() + 7;
    }
}
