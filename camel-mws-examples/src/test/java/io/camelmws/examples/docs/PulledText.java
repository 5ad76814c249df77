package io.camelmws.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text a docs block pulled from a file must equal: the whole file, or the lines between {@code // tag::name[]} and
 * {@code // end::name[]} (as Asciidoctor's include tags), with the indentation they share removed.
 */
final class PulledText {

    private PulledText() {
    }

    /** @param reference {@code path/in/repository} or {@code path/in/repository#tag} */
    static String of(Path root, String reference) {
        int hash = reference.indexOf('#');
        Path file = root.resolve(hash < 0 ? reference : reference.substring(0, hash));
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The block is pulled from " + reference + ", which cannot be read", e);
        }
        if (hash < 0) {
            return String.join("\n", lines) + "\n";
        }
        String tag = reference.substring(hash + 1);
        int start = indexOf(lines, "tag::" + tag + "[]", reference);
        int end = indexOf(lines, "end::" + tag + "[]", reference);
        List<String> region = lines.subList(start + 1, end);
        int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        region.forEach(line -> text.append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
        return text.toString();
    }

    private static int indexOf(List<String> lines, String marker, String reference) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i;
            }
        }
        throw new IllegalStateException(reference + " has no line with " + marker);
    }
}
