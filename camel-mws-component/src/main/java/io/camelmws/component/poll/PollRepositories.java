package io.camelmws.component.poll;

import java.io.File;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
    /** The suffix of the state key under which the latest listed LastUpdatedBefore is kept. */
    private static final String LISTED_SUFFIX = "|listedUntil";

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
        return instant(key);
    }

    public void commitWatermark(Instant watermark) {
        watermarks.setState(key, watermark.toString());
    }

    /**
     * Remembers, before a poll emits anything, how far it listed. Every delivered version lies at or before the
     * latest such instant, so the versions after it need no look-up in the idempotent repository: a file repository
     * reads its whole file for each key it does not hold.
     *
     * @return the versions of {@code listed} not delivered before, in their order
     */
    public List<OrderVersion> notDelivered(OrdersAnswer listed) {
        Optional<Instant> deliverable = instant(key + LISTED_SUFFIX);
        if (deliverable.isEmpty() || listed.lastUpdatedBefore().isAfter(deliverable.get())) {
            watermarks.setState(key + LISTED_SUFFIX, listed.lastUpdatedBefore().toString());
        }
        return listed.orders().stream()
                .filter(order -> deliverable.isPresent() && order.lastUpdateDate().isAfter(deliverable.get()) || !delivered.contains(order.key()))
                .toList();
    }

    public void markDelivered(OrderVersion order) {
        delivered.add(order.key());
    }

    private Optional<Instant> instant(String stateKey) {
        String stored = watermarks.getState(stateKey);
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(stored));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("The consumer's state repository holds '" + stored + "' under " + stateKey
                                            + ", which is not an ISO-8601 instant; remove the entry to start again from initialLastUpdatedAfter",
                    e);
        }
    }

    private <T> T own(T repository) {
        created.add(repository);
        return repository;
    }
}
