package io.camelmws.bench;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The figures of one benchmark group (signing, producer, ...) from one run, with when it started and the load
 * average at that moment.
 *
 * @param load the 1-, 5- and 15-minute load averages when the group started
 */
public record GroupRun(String group, LocalDateTime started, double[] load, double seconds, List<Result> results) {

    public GroupRun {
        results = List.copyOf(results);
    }

    /** The results named {@code name} whose keys include every {@code key=value} pair given. */
    public List<Result> find(String name, String... keyValues) {
        Predicate<Result> matches = result -> {
            if (!result.name().equals(name)) {
                return false;
            }
            for (int i = 0; i + 1 < keyValues.length; i += 2) {
                if (!keyValues[i + 1].equals(result.key(keyValues[i]))) {
                    return false;
                }
            }
            return true;
        };
        return results.stream().filter(matches).toList();
    }

    public Optional<Result> first(String name, String... keyValues) {
        return find(name, keyValues).stream().findFirst();
    }
}
