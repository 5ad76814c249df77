package io.camelmws.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the fenced code blocks of README.md and docs/*.md, with the test marker written above each. */
final class DocBlocks {

    /** {@code <!-- test: compile-only (why) -->} on the line above a fence (blank lines between are allowed). */
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*test:\\s*(.+?)\\s*-->\\s*$");
    private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_+-]*)\\s*$");

    private DocBlocks() {
    }

    /** The repository's root: the examples module's parent. */
    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No README.md with a docs/ folder above " + here);
    }

    /** README.md and every docs/*.md, relative to the root so that messages read {@code docs/user-guide.md:42}. */
    static List<Path> pages(Path root) {
        List<Path> pages = new ArrayList<>();
        pages.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted()
                    .forEach(p -> pages.add(root.relativize(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    static List<DocBlock> read(Path root, Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(root.resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DocBlock> blocks = new ArrayList<>();
        String marker = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher markerLine = MARKER.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (markerLine.matches()) {
                marker = markerLine.group(1);
            } else if (fence.matches()) {
                int close = i + 1;
                while (close < lines.size() && !lines.get(close).startsWith("```")) {
                    close++;
                }
                if (close == lines.size()) {
                    throw new IllegalStateException(page + ":" + (i + 1) + ": code block never closed");
                }
                blocks.add(new DocBlock(page, i + 1, fence.group(1), marker, String.join("\n", lines.subList(i + 1, close)) + "\n"));
                marker = null;
                i = close;
            } else if (!line.isBlank()) {
                marker = null;   // a marker applies to the block right below it only
            }
        }
        return blocks;
    }
}
