package io.camelmws.examples.docs;

import java.nio.file.Path;

/**
 * One fenced code block of a Markdown page: where it is, its language tag, what the {@code <!-- test: ... -->}
 * comment right above it says (or {@code null}), and its text.
 */
record DocBlock(Path file, int fenceLine, String language, String marker, String text) {

    /** The line of the block's first line of code, for messages that point a reader at it. */
    int firstLine() {
        return fenceLine + 1;
    }

    /** {@code docs/user-guide.md:57}: what every message about this block starts with. */
    String where() {
        return file + ":" + firstLine();
    }

    /**
     * {@code <!-- test: pulled-from path[#tag] -->}: the block is the text of that file of the repository (or of the
     * lines between its {@code tag::tag[]} and {@code end::tag[]} comments), or {@code null}.
     */
    String pulledFrom() {
        return marker != null && marker.startsWith("pulled-from ") ? marker.substring("pulled-from ".length()).trim() : null;
    }

    boolean markedCompileOnly() {
        return marker != null && marker.startsWith("compile-only");
    }

    @Override
    public String toString() {
        return where() + " (" + (language.isEmpty() ? "no language" : language) + ")";
    }
}
