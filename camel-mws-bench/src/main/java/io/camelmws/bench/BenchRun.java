package io.camelmws.bench;

import java.util.List;
import java.util.Optional;

/** Everything one invocation of {@link BenchMain} measured (plus groups kept from an earlier run). */
public record BenchRun(Machine machine, boolean smoke, List<GroupRun> groups) {

    public BenchRun {
        groups = List.copyOf(groups);
    }

    public Optional<GroupRun> group(Group group) {
        return groups.stream().filter(run -> run.group().equals(group.id())).findFirst();
    }
}
