package io.camelmws.sandbox.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.camelmws.sandbox.MwsSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the stand-alone server may use: the JDK, because its jar runs with {@code java -jar} alone, and the sandbox
 * library only through its public face, the packages whose types {@link MwsSandbox} and its builder take or return
 * (the library's other packages are its internals and may change without notice); and its own packages without
 * cycles.
 */
class ServerDependenciesTest {

    private static final String LIBRARY = "io.camelmws.sandbox";
    private static final String SERVER = LIBRARY + ".server";

    private static final JavaClasses SERVER_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(SERVER);

    /** Each class belongs to its own package below the server's ({@code admin}), or to the server's itself. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(SERVER)) {
                return SliceIdentifier.of("(server)");
            }
            if (name.startsWith(SERVER + ".")) {
                return SliceIdentifier.of(name.substring(SERVER.length() + 1));
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of " + SERVER + ", its own included";
        }
    };

    /** The library's packages among the types of the public methods of {@link MwsSandbox} and its builder. */
    private static Set<String> libraryFacePackages() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass facade : new ClassFileImporter().importClasses(MwsSandbox.class, MwsSandbox.Builder.class)) {
            for (JavaMethod method : facade.getMethods()) {
                if (!method.getModifiers().contains(JavaModifier.PUBLIC)) {
                    continue;
                }
                List<JavaType> types = new ArrayList<>(method.getParameterTypes());
                types.add(method.getReturnType());
                types.stream().flatMap(type -> type.getAllInvolvedRawTypes().stream()).map(JavaClass::getPackageName)
                        .filter(name -> name.equals(LIBRARY) || name.startsWith(LIBRARY + "."))
                        .forEach(packages::add);
            }
        }
        return packages;
    }

    @Test
    void theServerUsesTheJdkAndTheLibrarysPublicFaceOnly() {
        Set<String> face = libraryFacePackages();
        assertThat(face).as("the library's public packages").contains(LIBRARY, LIBRARY + ".fault", LIBRARY + ".log");
        List<String> allowed = new ArrayList<>(List.of("java..", "javax..", "com.sun.net.httpserver..", SERVER + ".."));
        allowed.addAll(face);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .because("the jar must run on the JDK alone, and the library's internals may change without notice")
                .check(SERVER_CLASSES);
    }

    @Test
    void thePackagesAreFreeOfCycles() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(SERVER_CLASSES);
    }
}
