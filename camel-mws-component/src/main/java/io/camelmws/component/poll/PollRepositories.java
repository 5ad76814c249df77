package io.camelmws.component.poll;

import java.io.File;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Where a consumer keeps its watermark and the order versions it delivered: the user's repositories, Camel's file
 * repositories for a stateFile, or memory. Starts them all, stops only those it created.
 */
public final class PollRepositories {

    /** Order versions remembered in memory or in a file repository's cache: a few days of a busy seller. */
    static final int REMEMBERED_VERSIONS = 100_000;
    /** The suffix of the delivered-versions file beside a stateFile. */
    public static final String DELIVERED_SUFFIX = ".delivered";

    private final StateRepository<String, String> watermarks;
    private final IdempotentRepository delivered;
    private final String key;
    private final boolean inMemory;
    private final List<Object> created = new ArrayList<>();

    /**
     * @param key what identifies this consumer's watermark: seller, MWS endpoint, action and filters
     * @throws IllegalArgumentException when stateFile is combined with a repository
     */
    public PollRepositories(StateRepository<String, String> stateRepository, IdempotentRepository idempotentRepository, String stateFile,
                            String key) {
        if (stateFile != null && !stateFile.isBlank() && (stateRepository != null || idempotentRepository != null)) {
            throw new IllegalArgumentException("stateFile cannot be combined with stateRepository or idempotentRepository: stateFile is"
                                               + " the shorthand for a FileStateRepository and a FileIdempotentRepository; set either stateFile"
                                               + " or the repositories");
        }
        this.key = key.replace('=', '_').replace('\n', '_');
        if (stateFile != null && !stateFile.isBlank()) {
            watermarks = own(FileStateRepository.fileStateRepository(new File(stateFile)));
            delivered = own(FileIdempotentRepository.fileIdempotentRepository(new File(stateFile + DELIVERED_SUFFIX), REMEMBERED_VERSIONS));
            inMemory = false;
        } else {
            watermarks = stateRepository != null ? stateRepository : own(new MemoryStateRepository());
            delivered = idempotentRepository != null ? idempotentRepository
                    : own(MemoryIdempotentRepository.memoryIdempotentRepository(REMEMBERED_VERSIONS));
            inMemory = stateRepository == null || idempotentRepository == null;
        }
    }

    /** Whether the watermark or the delivered versions are kept in memory only, and so are lost on restart. */
    public boolean inMemory() {
        return inMemory;
    }

    public void start() {
        ServiceHelper.startService(watermarks, delivered);
    }

    public void stop() {
        ServiceHelper.stopService(created);
    }

    /** Where the previous completed poll ended, if any poll has completed. */
    public Optional<Instant> watermark() {
        String stored = watermarks.getState(key);
        return stored == null || stored.isBlank() ? Optional.empty() : Optional.of(Instant.parse(stored));
    }

    public void commitWatermark(Instant watermark) {
        watermarks.setState(key, watermark.toString());
    }

    public boolean wasDelivered(OrderVersion order) {
        return delivered.contains(order.key());
    }

    public void markDelivered(OrderVersion order) {
        delivered.add(order.key());
    }

    private <T> T own(T repository) {
        created.add(repository);
        return repository;
    }
}
