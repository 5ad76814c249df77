package io.camelmws.bench.micro;

import java.time.Duration;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.camelmws.bench.BenchAccount;
import io.camelmws.bench.PlainMwsClient;
import io.camelmws.component.data.AnswerBinder;
import io.camelmws.component.model.orders.ListOrdersResult;
import io.camelmws.component.xml.ResponseScan;
import io.camelmws.sandbox.MwsSandbox;

/**
 * What resultFormat=MODEL and JSON cost on top of resultFormat=XML, for a ListOrders page of 100 orders recorded from
 * the sandbox: the general answer scan ({@code ResponseScan.of}, Woodstox: every call's reading when issue 12 set its
 * goal against it, and still the reading of answers of other shapes), the one-pass reading every UTF-8 answer of MWS's
 * shape gets now ({@code Utf8AnswerScan.read}, decoding included), binding the page to its typed model
 * ({@code AnswerBinder.bind}), and binding then writing typed JSON.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelBench {

    /** The page, fetched once. */
    @State(Scope.Benchmark)
    public static class Page {
        public String answer;
        public byte[] bytes;

        @Setup
        public void fetch() throws Exception {
            SortedMap<String, String> parameters = new TreeMap<>(TypicalRequests.bound("ListOrders", Instant.now().minus(Duration.ofDays(30))));
            parameters.put("MaxResultsPerPage", "100");
            try (MwsSandbox sandbox = BenchAccount.sandbox().throttling(false).build().start();
                 PlainMwsClient client = new PlainMwsClient(sandbox.baseUrl())) {
                answer = client.call(TypicalRequests.operation("ListOrders"), parameters);
            }
            int orders = answer.split("<Order>", -1).length - 1;
            if (orders != 100) {
                throw new IllegalStateException("Expected a ListOrders page of 100 orders, got " + orders);
            }
            bytes = answer.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The size in bytes (UTF-8) of the page the group is measured with, as the page states it. */
    public static io.camelmws.bench.Result pageSize() throws Exception {
        Page page = new Page();
        page.fetch();
        return io.camelmws.bench.Result.of("models.answer_bytes", page.answer.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, "B",
                Double.NaN).print();
    }

    @Benchmark
    public ResponseScan scan(Page page) throws Exception {
        return ResponseScan.of(page.answer);
    }

    /** What a UTF-8 answer of MWS's shape costs the component today: decoding, proof and scan in one pass. */
    @Benchmark
    public io.camelmws.component.xml.Utf8AnswerScan.Read read(Page page) {
        return io.camelmws.component.xml.Utf8AnswerScan.read(page.bytes, page.bytes.length);
    }

    @Benchmark
    public ListOrdersResult model(Page page) throws Exception {
        return AnswerBinder.bind(page.answer, ListOrdersResult.class);
    }

    @Benchmark
    public String json(Page page) throws Exception {
        return AnswerBinder.json(AnswerBinder.bind(page.answer, ListOrdersResult.class));
    }
}
