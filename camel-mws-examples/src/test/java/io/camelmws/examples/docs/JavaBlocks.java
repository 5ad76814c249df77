package io.camelmws.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the Java blocks of the docs with the JDK's compiler, all in one task. A block that declares a class is a
 * compilation unit as it stands (it must bring its own imports); any other block is the body of a
 * {@code RouteBuilder.configure()}, with its own {@code import} lines hoisted and the imports below given, as a
 * reader of a route fragment would assume them.
 */
final class JavaBlocks {

    /** What a route fragment may use without importing it: Camel's DSL and the component's public surface. */
    static final List<String> FRAGMENT_IMPORTS = List.of("java.time.*", "java.util.*", "org.apache.camel.*", "org.apache.camel.builder.*",
            "io.camelmws.component.MwsConstants", "io.camelmws.component.error.*");

    private static final Pattern CLASS_DECLARATION = Pattern.compile("^(?:public\\s+|final\\s+|abstract\\s+)*class\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+[\\w.*]+\\s*;\\s*$|^import\\s+static\\s+[\\w.*]+\\s*;\\s*$");

    /** One block as compiled: the class to load, and how a compiler line maps back to the page. */
    record Unit(DocBlock block, String className, boolean routeFragment, int lineOffset, String source) {
    }

    /** What the compiler said: the class loader of everything that compiled and each failing block's errors. */
    record Result(ClassLoader classLoader, Map<DocBlock, String> errors) {
    }

    private final Map<DocBlock, Unit> units = new LinkedHashMap<>();

    JavaBlocks(List<DocBlock> blocks) {
        int n = 0;
        for (DocBlock block : blocks) {
            units.put(block, unitOf(block, "docsblock.b" + ++n));
        }
    }

    Unit unit(DocBlock block) {
        return units.get(block);
    }

    /** Compiles every block into {@code output}; a block's errors name its page and line. */
    Result compile(Path output) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<JavaFileObject, Unit> sources = new LinkedHashMap<>();
        for (Unit unit : units.values()) {
            sources.put(new Source(unit), unit);
        }
        compile(compiler, diagnostics, sources.keySet(), output);
        Map<DocBlock, String> errors = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Unit unit = sources.get(diagnostic.getSource());
            if (unit == null) {
                throw new AssertionError("Compiler error outside the docs blocks: " + diagnostic);
            }
            long line = diagnostic.getLineNumber() - unit.lineOffset() + unit.block().firstLine();
            errors.merge(unit.block(), unit.block().file() + ":" + line + ": " + diagnostic.getMessage(Locale.ROOT) + "\n", String::concat);
        }
        if (!errors.isEmpty()) {
            // javac writes no class at all when one unit fails; the blocks that compiled are still to be run.
            List<JavaFileObject> good = sources.entrySet().stream().filter(e -> !errors.containsKey(e.getValue().block()))
                    .map(Map.Entry::getKey).toList();
            DiagnosticCollector<JavaFileObject> again = new DiagnosticCollector<>();
            if (!good.isEmpty() && !compile(compiler, again, good, output)) {
                throw new AssertionError("Blocks that compiled together fail alone: " + again.getDiagnostics());
            }
        }
        try {
            return new Result(new URLClassLoader(new URL[] { output.toUri().toURL() }, JavaBlocks.class.getClassLoader()), errors);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean compile(JavaCompiler compiler, DiagnosticCollector<JavaFileObject> diagnostics, Iterable<JavaFileObject> sources,
            Path output) {
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-classpath", testClassPath(), "-d", output.toString(), "-proc:none", "-encoding", "UTF-8");
            return compiler.getTask(null, files, diagnostics, options, null, sources).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Unit unitOf(DocBlock block, String packageName) {
        Matcher declaration = CLASS_DECLARATION.matcher(block.text());
        if (declaration.find()) {
            // Line 1 of the generated file is the package declaration; the block follows unchanged.
            return new Unit(block, packageName + "." + declaration.group(1), false, 2,
                    "package " + packageName + ";\n" + block.text());
        }
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : block.text().split("\n", -1)) {
            if (IMPORT.matcher(line.strip()).matches()) {
                imports.append(line.strip());
                body.append('\n');   // keep the block's lines where they were
            } else {
                body.append(line).append('\n');
            }
        }
        StringBuilder source = new StringBuilder("package " + packageName + ";");
        for (String name : FRAGMENT_IMPORTS) {
            source.append(" import ").append(name).append(';');
        }
        source.append(' ').append(imports).append('\n');
        source.append("public class Block extends RouteBuilder { @Override public void configure() throws Exception {\n");
        return new Unit(block, packageName + ".Block", true, 3, source + body.toString() + "}}\n");
    }

    /** Surefire hands the forked JVM a manifest-only jar; the real class path is in this property. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(Unit unit) {
            super(URI.create("string:///" + unit.className().replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = unit.source();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
