package io.camelmws.component;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * A Bucket4j ProxyManager over a map of serialized bucket states with compare-and-swap: the protocol Bucket4j's
 * Redis, Hazelcast or JDBC managers use, with a shared map standing in for the remote store. Each instance is one
 * "JVM"; instances given the same map share every quota.
 */
final class ByteStoreProxyManager extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final ConcurrentMap<String, byte[]> store;

    ByteStoreProxyManager(ConcurrentMap<String, byte[]> store) {
        super(ClientSideConfig.getDefault());
        this.store = store;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return Optional.ofNullable(store.get(key));
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state, Optional<Long> timeoutNanos) {
                boolean[] swapped = new boolean[1];
                store.compute(key, (k, current) -> {
                    swapped[0] = Arrays.equals(current, original);
                    return swapped[0] ? updated : current;
                });
                return swapped[0];
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("synchronous store");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public void removeProxy(String key) {
        store.remove(key);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        store.remove(key);
        return CompletableFuture.completedFuture(null);
    }
}
