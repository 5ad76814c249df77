package io.camelmws.component.model;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No model has both {@code orders()} and {@code getOrders()}: Camel's bean language finds both under the name
 * {@code orders}, and {@code ${body.orders}} then fails as ambiguous or not, depending on the JVM's method order.
 */
class ModelAccessorsTest {

    @Test
    void noModelHasAGetterBesideAnAccessorOfTheSameName() throws Exception {
        List<String> twins = new ArrayList<>();
        for (Class<?> model : modelClasses()) {
            for (Method method : model.getDeclaredMethods()) {
                String name = method.getName();
                if (Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 0 && name.length() > 3 && name.startsWith("get")
                    && Character.isUpperCase(name.charAt(3))) {
                    String property = name.substring(3, 4).toLowerCase(Locale.ROOT) + name.substring(4);
                    if (Stream.of(model.getMethods()).anyMatch(other -> other.getName().equals(property) && other.getParameterCount() == 0)) {
                        twins.add(model.getName() + "." + name + "() beside " + property + "()");
                    }
                }
            }
        }
        assertThat(modelClasses()).hasSizeGreaterThan(50);
        assertThat(twins).isEmpty();
    }

    private static List<Class<?>> modelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(MwsResult.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path models = root.resolve("io/camelmws/component/model");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(models)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, ModelAccessorsTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
