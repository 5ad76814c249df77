package io.camelmws.component;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.error.MwsThrottledException;
import io.camelmws.component.throttle.MwsBucketStore;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two components that share nothing in memory (as two JVMs would) share one seller's quota through Bucket4j's
 * proxy-manager seam: each has its own ProxyManager over one store of serialized bucket states.
 */
class MwsSharedQuotaTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    private final java.util.List<CamelContext> contexts = new java.util.ArrayList<>();

    private CamelContext node(MwsBucketStore store) throws Exception {
        return node(store, ThrottlingMode.FAIL, 1);
    }

    private CamelContext node(MwsBucketStore store, ThrottlingMode throttling, double timeScale) throws Exception {
        MwsComponent mws = new MwsComponent();
        MwsTestSupport.configure(mws.getConfiguration(), SANDBOX);
        mws.getConfiguration().setThrottling(throttling);
        mws.setTimeScale(timeScale);
        mws.setBucketStore(store);
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", mws);
        context.start();
        contexts.add(context);
        return context;
    }

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
    }

    private static Exception call(CamelContext node) {
        Exchange exchange = node.createProducerTemplate().request("mws:GetServiceStatus?section=Orders", e -> { });
        return exchange.getException();
    }

    @Test
    void twoNodesDrawFromOneQuotaThroughTheDatabase() throws Exception {
        ConcurrentMap<String, byte[]> sharedStore = new ConcurrentHashMap<>();
        CamelContext first = node(MwsBucketStore.of(new ByteStoreProxyManager(sharedStore)));
        CamelContext second = node(MwsBucketStore.of(new ByteStoreProxyManager(sharedStore)));

        // GetServiceStatus allows 2 requests: one from each node, then the quota is spent for both.
        assertThat(call(first)).isNull();
        assertThat(call(second)).isNull();
        assertThat(call(first)).isInstanceOf(MwsThrottledException.class);
        assertThat(call(second)).isInstanceOf(MwsThrottledException.class);
        assertThat(SANDBOX.sandbox().requests()).hasSize(2);
        // What the store holds is keyed by a digest of the access key, never the key itself.
        assertThat(sharedStore.keySet()).isNotEmpty().noneMatch(key -> key.contains(SANDBOX.accessKey()));
    }

    @Test
    void waitingForASharedQuotaWorksThroughTheProxyManagerToo() throws Exception {
        ConcurrentMap<String, byte[]> sharedStore = new ConcurrentHashMap<>();
        // GetServiceStatus restores one request every 5 minutes: 100 ms at 3000x (the sandbox does not throttle here).
        CamelContext first = node(MwsBucketStore.of(new ByteStoreProxyManager(sharedStore)), ThrottlingMode.WAIT, 3000);
        CamelContext second = node(MwsBucketStore.of(new ByteStoreProxyManager(sharedStore)), ThrottlingMode.WAIT, 3000);

        assertThat(call(first)).isNull();
        assertThat(call(second)).isNull();
        Exchange waited = second.createProducerTemplate().request("mws:GetServiceStatus?section=Orders", e -> { });

        assertThat(waited.getException()).isNull();
        // The second node waited for the token the first node took: it was told so, and the third request reached
        // MWS no sooner than one restore period (5 min / 3000 = 100 ms) after the first. Only lower bounds: a busy
        // machine may make each call slower, and then the wait shorter, but never the refill sooner.
        assertThat(waited.getMessage().getHeader(MwsConstants.THROTTLE_WAIT_MILLIS, Long.class)).isPositive();
        assertThat(SANDBOX.sandbox().requests()).hasSize(3);
        assertThat(java.time.Duration.between(SANDBOX.sandbox().requests().get(0).receivedAt(),
                SANDBOX.sandbox().requests().get(2).receivedAt())).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(95));
    }

    @Test
    void withInMemoryStoresEachNodeWouldBelieveItHadTheWholeQuota() throws Exception {
        CamelContext first = node(MwsBucketStore.inMemory());
        CamelContext second = node(MwsBucketStore.inMemory());

        assertThat(call(first)).isNull();
        assertThat(call(first)).isNull();
        assertThat(call(second)).isNull();
        assertThat(SANDBOX.sandbox().requests()).hasSize(3);
    }
}
