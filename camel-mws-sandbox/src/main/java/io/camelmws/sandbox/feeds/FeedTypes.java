package io.camelmws.sandbox.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The FeedType catalog, loaded once from {@code feed-types.properties} next to this class. */
final class FeedTypes {

    private static final String RESOURCE = "feed-types.properties";

    private static final class Holder {
        static final FeedTypes STANDARD = load();
    }

    private final Map<String, FeedType> types;

    private FeedTypes(Map<String, FeedType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    static FeedTypes standard() {
        return Holder.STANDARD;
    }

    /** The type called {@code name}, or {@code null}. */
    FeedType find(String name) {
        return types.get(name);
    }

    boolean known(String name) {
        return types.containsKey(name);
    }

    private static FeedTypes load() {
        Properties data = new Properties();
        try (InputStream in = FeedTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from the sandbox jar");
            }
            data.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        Map<String, FeedType> types = new TreeMap<>();
        for (String name : data.stringPropertyNames()) {
            String[] fields = data.getProperty(name).trim().split("\\s+");
            FeedType.Format format;
            try {
                format = FeedType.Format.valueOf(fields[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ": " + name + " has an unknown format " + fields[0], e);
            }
            types.put(name, new FeedType(name, format, fields.length > 1 ? fields[1] : null));
        }
        return new FeedTypes(types);
    }
}
