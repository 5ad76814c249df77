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
 * Where a consumer keeps its watermark and the item versions it delivered: the user's repositories, Camel's file
 * repositories for a stateFile, or memory. Starts them all, stops only those it created.
 */
public final class PollRepositories {

    /** Item versions remembered in a file repository's cache: a few days of a busy seller. */
    static final int REMEMBERED_VERSIONS = 100_000;
    /** The suffix of the delivered-versions file beside a stateFile. */
    public static final String DELIVERED_SUFFIX = ".delivered";
    /** The suffix of the state key under which the latest listed LastUpdatedBefore is kept. */
    private static final String LISTED_SUFFIX = "|listedUntil";
    /** The infix of the state keys under which the key last delivered for an id is kept (latestOnly). */
    private static final String LATEST_INFIX = "|latest|";

    private final StateRepository<String, String> watermarks;
    private final IdempotentRepository delivered;
    private final String key;
    private final boolean inMemory;
    private final boolean fromFile;
    private final boolean latestOnly;
    private final List<Object> created = new ArrayList<>();
    /** Delivered versions at or after the last watermark, which the in-memory repository must still hold. */
    private List<PolledItem> kept = new ArrayList<>();

    /**
     * @param key       what identifies this consumer's watermark: seller, MWS endpoint, action and filters
     * @param latestOnly whether items are states without a version (FBA supply): then an item is delivered when its
     *                   key differs from the key last delivered for its id, which the state repository keeps per id
     * @throws IllegalArgumentException when stateFile is combined with a repository, or latestOnly with an idempotent
     *                                  repository (which would decide nothing)
     */
    public PollRepositories(StateRepository<String, String> stateRepository, IdempotentRepository idempotentRepository, String stateFile,
                            String key, boolean latestOnly) {
        this.latestOnly = latestOnly;
        if (stateFile != null && !stateFile.isBlank() && (stateRepository != null || idempotentRepository != null)) {
            throw new IllegalArgumentException("stateFile cannot be combined with stateRepository or idempotentRepository: stateFile is"
                                               + " the shorthand for a FileStateRepository and a FileIdempotentRepository; set either stateFile"
                                               + " or the repositories");
        }
        if (latestOnly && idempotentRepository != null) {
            // Refused rather than ignored: a user who set it expects it to decide what is delivered again.
            throw new IllegalArgumentException("idempotentRepository does not apply to a consumer of states without a version (FBA supply):"
                                               + " a SKU's supply is delivered when it differs from the one last delivered for it, which is"
                                               + " kept in stateRepository (or stateFile); set stateRepository instead");
        }
        this.key = key.replace('=', '_').replace('\n', '_');
        if (stateFile != null && !stateFile.isBlank()) {
            watermarks = own(FileStateRepository.fileStateRepository(new File(stateFile)));
            // Without versions nothing goes to the delivered file: no empty file beside the state file.
            delivered = latestOnly ? own(MemoryIdempotentRepository.memoryIdempotentRepository())
                    : own(FileIdempotentRepository.fileIdempotentRepository(new File(stateFile + DELIVERED_SUFFIX), REMEMBERED_VERSIONS));
            inMemory = false;
            fromFile = true;
        } else {
            fromFile = false;
            watermarks = stateRepository != null ? stateRepository : own(new MemoryStateRepository());
            // A plain map, not Camel's LRU cache: forgetBefore keeps it to the versions at or after the watermark (one
            // window's at most), where an LRU of REMEMBERED_VERSIONS would hold every version of a long catch-up.
            delivered = idempotentRepository != null ? idempotentRepository
                    : own(MemoryIdempotentRepository.memoryIdempotentRepository(new java.util.concurrent.ConcurrentHashMap<>()));
            inMemory = stateRepository == null || idempotentRepository == null && !latestOnly;
        }
    }

    /** The options that keep this consumer's state across restarts, for the warning when they are not set. */
    public String persistentOptions() {
        return latestOnly ? "stateFile, or stateRepository" : "stateFile, or stateRepository and idempotentRepository";
    }

    /** Whether the watermark or the delivered versions are kept in memory only, and so are lost on restart. */
    public boolean inMemory() {
        return inMemory;
    }

    /** Where the state is kept, for the health check and the start-up warning. */
    public io.camelmws.component.monitor.PollStatus.Storage storage() {
        return inMemory ? io.camelmws.component.monitor.PollStatus.Storage.MEMORY
                : fromFile ? io.camelmws.component.monitor.PollStatus.Storage.FILE : io.camelmws.component.monitor.PollStatus.Storage.REPOSITORIES;
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
     * After a commit at {@code watermark}: forgets, in the in-memory repository this consumer created, the delivered
     * versions older than the watermark. The next listing starts at the watermark, so they cannot be listed again;
     * keeping them would hold every version of a long catch-up in memory. Versions at or after the watermark are
     * kept and looked at again after the next commit. A user's or a file's repository is left as it is (a file
     * repository rewrites its whole file for each removal).
     */
    public void forgetBefore(Instant watermark, List<PolledItem> delivered) {
        if (latestOnly || !(this.delivered instanceof MemoryIdempotentRepository) || !created.contains(this.delivered)) {
            return;
        }
        List<PolledItem> stillNeeded = new ArrayList<>();
        for (List<PolledItem> items : List.of(kept, delivered)) {
            for (PolledItem item : items) {
                if (item.version().isBefore(watermark)) {
                    this.delivered.remove(item.key());
                } else {
                    // Without its XML: only its key and version are looked at again.
                    stillNeeded.add(new PolledItem(item.id(), item.version(), "", java.util.Map.of(), item.key()));
                }
            }
        }
        kept = stillNeeded;
    }

    /**
     * Remembers, before a poll emits anything, how far it listed. Every delivered version lies at or before the
     * latest such instant, so the versions after it need no look-up in the idempotent repository: a file repository
     * reads its whole file for each key it does not hold.
     *
     * @return the versions of {@code listed} not delivered before, in their order
     */
    public List<PolledItem> notDelivered(PolledAnswer listed) {
        if (latestOnly) {
            return listed.items().stream().filter(item -> !delivered(item)).toList();
        }
        Optional<Instant> deliverable = instant(key + LISTED_SUFFIX);
        // The newest version this poll may deliver: where the window was closed, or a newer item listed (a window
        // that ends at its oldest unfinished item lists finished items after it).
        Instant newest = listed.items().stream().map(PolledItem::version).reduce(listed.listedUntil(), (a, b) -> a.isAfter(b) ? a : b);
        if (deliverable.isEmpty() || newest.isAfter(deliverable.get())) {
            watermarks.setState(key + LISTED_SUFFIX, newest.toString());
        }
        return listed.items().stream()
                .filter(item -> deliverable.isPresent() && item.version().isAfter(deliverable.get()) || !delivered.contains(item.key()))
                .toList();
    }

    /** Whether this version of {@code item} was delivered before; with latestOnly, whether it is the one delivered last. */
    public boolean delivered(PolledItem item) {
        if (latestOnly) {
            return encoded(item.key()).equals(watermarks.getState(latestKey(item)));
        }
        return delivered.contains(item.key());
    }

    public void markDelivered(PolledItem item) {
        if (latestOnly) {
            watermarks.setState(latestKey(item), encoded(item.key()));
        } else {
            delivered.add(item.key());
        }
    }

    private String latestKey(PolledItem item) {
        return key + LATEST_INFIX + encoded(item.id());
    }

    /** An id or key as a file state repository can hold it: a SKU may contain '=' or a line break, which its lines cannot. */
    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
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
