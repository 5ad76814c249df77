package io.camelmws.bench.micro;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.camelmws.bench.BenchAccount;
import io.camelmws.bench.CamelMws;
import io.camelmws.bench.PlainMwsClient;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.MwsSandbox;

/**
 * What the component costs on top of a hand-written client: {@code mws:GetServiceStatus?section=Orders} through a
 * ProducerTemplate, against the same calls made by a plain HttpClient 5 loop ({@link PlainMwsClient}: same pool
 * settings, same signer, same headers), both to an in-process sandbox with throttling off on both sides. JMH runs
 * it at 1 and 4 threads; requests per second over all threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProducerBench {

    public static final String URI = "mws:GetServiceStatus?section=Orders";

    @State(Scope.Benchmark)
    public static class CamelSide {
        MwsSandbox sandbox;
        CamelMws camel;
        ProducerTemplate template;
        Endpoint endpoint;

        @Setup
        public void start() throws Exception {
            sandbox = BenchAccount.sandbox().throttling(false).build().start();
            camel = CamelMws.start(sandbox.baseUrl(), ThrottlingMode.OFF, 1, null);
            template = camel.template();
            endpoint = camel.context().getEndpoint(URI);
            template.requestBody(endpoint, null, String.class);
        }

        @TearDown
        public void stop() throws Exception {
            camel.close();
            sandbox.close();
        }
    }

    @State(Scope.Benchmark)
    public static class PlainSide {
        MwsSandbox sandbox;
        PlainMwsClient client;
        ResolvedOperation target;
        final SortedMap<String, String> parameters = new TreeMap<>();

        @Setup
        public void start() throws Exception {
            sandbox = BenchAccount.sandbox().throttling(false).build().start();
            client = new PlainMwsClient(sandbox.baseUrl());
            target = BenchAccount.operation("GetServiceStatus", "Orders");
            client.call(target, parameters);
        }

        @TearDown
        public void stop() throws Exception {
            client.close();
            sandbox.close();
        }
    }

    @Benchmark
    public String camel(CamelSide side) {
        return side.template.requestBody(side.endpoint, null, String.class);
    }

    @Benchmark
    public String plain(PlainSide side) throws Exception {
        return side.client.call(side.target, side.parameters);
    }
}
