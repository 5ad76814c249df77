package io.camelmws.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The benchmark groups, in the order a full run makes them; the id is what {@code --only} takes. */
public enum Group {
    SIGNING("signing", "1. Signing"),
    PRODUCER("producer", "2. Producer overhead"),
    REPORT("report", "3. Report download"),
    THROTTLE("throttle", "4. Throttle efficiency"),
    PAGING("paging", "5. Paging"),
    SANDBOX("sandbox", "6. The sandbox's own capacity"),
    STAGES("stages", "7. Where the time goes in one call"),
    SOAK("soak", "8. Soak: mixed routes under faults"),
    MODELS("models", "9. Typed results"),
    SHARED("shared", "10. Throttle efficiency, three JVMs sharing one quota through PostgreSQL"),
    CONSUMER("consumer", "11. The orders consumer");

    private final String id;
    private final String title;

    Group(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Group of(String id) {
        for (Group group : values()) {
            if (group.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return group;
            }
        }
        throw new IllegalArgumentException("Unknown benchmark group '" + id + "'; known: " + ids());
    }

    /**
     * {@code all} (or empty) for every group, {@code none} for none (to render the previous results again), else a
     * comma-separated list of ids.
     */
    public static List<Group> parse(String list) {
        if (list == null || list.isBlank() || list.trim().equalsIgnoreCase("all")) {
            return List.of(values());
        }
        if (list.trim().equalsIgnoreCase("none")) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(Group::of).distinct().toList();
    }

    public static String ids() {
        return Arrays.stream(values()).map(Group::id).collect(Collectors.joining(", "));
    }
}
