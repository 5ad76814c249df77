package io.camelmws.sandbox.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The sandbox's knowledge of MWS sections, loaded once from {@code sections.properties} next to this class,
 * and the path routing table derived from it. Kept as data so that adding an operation touches no code.
 */
public final class SectionCatalog {

    /** Namespace of gateway errors for paths that name no known section (REFERENCE 1.2). */
    public static final String GATEWAY_NAMESPACE = "https://mws.amazonservices.com/";

    private static final String RESOURCE = "sections.properties";

    private static final class Holder {
        static final SectionCatalog DEFAULT = load();
    }

    private final Map<String, Section> sectionsByName;
    private final Map<String, ApiRoute> routesByPath;

    private SectionCatalog(Map<String, Section> sectionsByName, Map<String, ApiRoute> routesByPath) {
        this.sectionsByName = Collections.unmodifiableMap(sectionsByName);
        this.routesByPath = Collections.unmodifiableMap(routesByPath);
    }

    /** The catalog shipped with the sandbox; parsed on first use and shared, it is immutable. */
    public static SectionCatalog standard() {
        return Holder.DEFAULT;
    }

    public List<Section> sections() {
        return List.copyOf(sectionsByName.values());
    }

    /** The section called {@code name}, or {@code null}. */
    public Section section(String name) {
        return sectionsByName.get(name);
    }

    /** Every routable path, in catalog order. */
    public List<ApiRoute> routes() {
        return List.copyOf(routesByPath.values());
    }

    /** The route for a raw request path, or {@code null} when nothing answers there (an InvalidAddress). */
    public ApiRoute route(String rawPath) {
        return routesByPath.get(rawPath.isEmpty() ? "/" : rawPath);
    }

    private static SectionCatalog load() {
        Properties data = new Properties();
        try (InputStream in = SectionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Catalog resource " + RESOURCE + " is missing from the sandbox jar");
            }
            data.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalog resource " + RESOURCE, e);
        }
        return fromProperties(data);
    }

    static SectionCatalog fromProperties(Properties data) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (String name : words(required(data, "sections"))) {
            Set<String> operations = new LinkedHashSet<>(words(required(data, name + ".operations")));
            sections.put(name, new Section(name,
                    required(data, name + ".version"),
                    required(data, name + ".namespace"),
                    data.getProperty(name + ".service", name).trim(),
                    operations));
        }
        return new SectionCatalog(sections, routes(data, sections));
    }

    private static Map<String, ApiRoute> routes(Properties data, Map<String, Section> sections) {
        Map<String, List<Section>> sectionsByService = new LinkedHashMap<>();
        for (Section section : sections.values()) {
            sectionsByService.computeIfAbsent(section.service(), s -> new ArrayList<>()).add(section);
        }
        Map<String, ApiRoute> routes = new LinkedHashMap<>();
        for (Map.Entry<String, List<Section>> service : sectionsByService.entrySet()) {
            List<Section> members = service.getValue();
            Section first = members.get(0);
            for (Section member : members) {
                if (!member.version().equals(first.version())) {
                    throw new IllegalStateException("Sections " + first.name() + " and " + member.name()
                            + " share service " + service.getKey() + " but have different versions");
                }
                add(routes, new ApiRoute(member.path(), member.name() + "/" + member.version(),
                        member.version(), member.namespace(), members));
            }
            for (String extraPath : words(data.getProperty(service.getKey() + ".extraPaths", ""))) {
                add(routes, new ApiRoute(extraPath, service.getKey() + "/" + first.version(),
                        first.version(), first.namespace(), members));
            }
        }
        return routes;
    }

    private static void add(Map<String, ApiRoute> routes, ApiRoute route) {
        if (routes.putIfAbsent(route.path(), route) != null) {
            throw new IllegalStateException("Two catalog entries claim the path " + route.path());
        }
    }

    private static String required(Properties data, String key) {
        String value = data.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Catalog resource " + RESOURCE + " has no value for " + key);
        }
        return value.trim();
    }

    private static List<String> words(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }
}
