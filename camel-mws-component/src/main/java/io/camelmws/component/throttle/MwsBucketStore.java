package io.camelmws.component.throttle;

import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * Where the token buckets of MWS quotas live. In memory by default; {@link #of(ProxyManager)} puts them in
 * any store Bucket4j has a proxy manager for (JDBC, Redis, Hazelcast, ...), so several JVMs serving one
 * seller share its quota.
 */
@FunctionalInterface
public interface MwsBucketStore {

    /** The bucket stored under {@code key}, created with {@code configuration} when it does not exist yet. */
    Bucket bucket(String key, Supplier<BucketConfiguration> configuration);

    /** Buckets in this JVM only: enough when one JVM calls MWS for a seller. */
    static MwsBucketStore inMemory() {
        return new InMemoryBucketStore();
    }

    static MwsBucketStore of(ProxyManager<String> proxyManager) {
        return proxyManager::getProxy;
    }
}
