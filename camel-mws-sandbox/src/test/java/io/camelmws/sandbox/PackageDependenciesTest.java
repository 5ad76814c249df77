package io.camelmws.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * How the sandbox library's packages may depend on each other: without cycles (the root package, the {@link
 * MwsSandbox} facade, being one package like the others); nothing but the JDK (the JUnit extension excepted, whose
 * JUnit API dependency is optional), because tests embed it beside anything and the stand-alone server's jar
 * bundles it to run with {@code java -jar} alone; and no command line, nor anything in {@code server} and below,
 * which are the stand-alone server's (a library class there would split that package between two jars).
 */
class PackageDependenciesTest {

    private static final String ROOT = "io.camelmws.sandbox";
    private static final String SERVER = ROOT + ".server..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    /** Each class belongs to its own package below the root ({@code fault}), or to the root itself. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(ROOT)) {
                return SliceIdentifier.of("(root)");
            }
            if (name.startsWith(ROOT + ".")) {
                return SliceIdentifier.of(name.substring(ROOT.length() + 1));
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of " + ROOT + ", its root package included";
        }
    };

    @Test
    void thePackagesAreFreeOfCycles() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theServersPackageIsLeftToTheServer() {
        noClasses().should().resideInAPackage(SERVER).check(CLASSES);
    }

    @Test
    void nothingIsAProgramToRun() {
        noMethods().that().arePublic().and().areStatic().and().haveName("main")
                .should().haveRawParameterTypes(String[].class)
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheJunitExtensionUsesAnythingButTheJdk() {
        classes().that().resideOutsideOfPackage(ROOT + ".junit..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "com.sun.net.httpserver..",
                        ROOT + "..")
                .check(CLASSES);
    }
}
