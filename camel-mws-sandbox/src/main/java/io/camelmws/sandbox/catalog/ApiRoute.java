package io.camelmws.sandbox.catalog;

import java.util.List;

/**
 * What answers at one request path: usually a single section, but Feeds and Reports share every one of
 * their paths ({@code /}, {@code /Feeds/2009-01-01}, {@code /Reports/2009-01-01}) and dispatch on Action.
 *
 * @param path      the path exactly as routed, e.g. {@code /Orders/2013-09-01} or {@code /}
 * @param label     how MWS names the target in messages, {@code Section/Version}
 * @param version   the version the request's Version parameter must carry
 * @param namespace the namespace for errors raised before the operation is known
 * @param sections  the sections reachable at this path, in catalog order
 */
public record ApiRoute(String path, String label, String version, String namespace, List<Section> sections) {

    public ApiRoute {
        sections = List.copyOf(sections);
    }

    /** The section that owns {@code action} at this path, or {@code null} if none does. */
    public Section sectionFor(String action) {
        for (Section section : sections) {
            if (section.hasOperation(action)) {
                return section;
            }
        }
        return null;
    }
}
