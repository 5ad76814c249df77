package io.camelmws.sandbox.catalog;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One MWS API section (Orders, Reports, ...) as listed in the catalog: what its path is, which namespace its
 * responses use and which operation names exist, whether or not the sandbox simulates them yet.
 *
 * @param name       section name as it appears in the path, e.g. {@code Orders}
 * @param version    the API version date, e.g. {@code 2013-09-01}
 * @param namespace  XML namespace of the section's responses and errors
 * @param service    the back-end the section belongs to; sections of one service share their paths
 * @param operations every operation name of the section, in catalog order
 */
public record Section(String name, String version, String namespace, String service, Set<String> operations) {

    public Section {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(service, "service");
        operations = Collections.unmodifiableSet(new LinkedHashSet<>(operations));
    }

    /** The section's own path, {@code /<name>/<version>}. */
    public String path() {
        return "/" + name + "/" + version;
    }

    public boolean hasOperation(String action) {
        return operations.contains(action);
    }
}
