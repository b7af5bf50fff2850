package dev.upgraderisk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on the compiled main classes of every module on this test's classpath (knowledge
 * base, rules, scanner core, scanner): no cycle between packages, and dependencies that point one way only.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    /** The scanner core: what the Maven plugin runs. It knows no resolver, reader, registry or command line. */
    private static final String[] CORE = {
        "dev.upgraderisk.scanner",
        "dev.upgraderisk.scanner.api..",
        "dev.upgraderisk.scanner.graph..",
        "dev.upgraderisk.scanner.evaluation..",
        "dev.upgraderisk.scanner.advice..",
        "dev.upgraderisk.scanner.plan..",
        "dev.upgraderisk.scanner.report..",
        "dev.upgraderisk.scanner.fix.."
    };

    /** The format readers and the Maven resolution: they produce graphs and know nothing of what runs them. */
    private static final String[] READERS = {
        "dev.upgraderisk.scanner.manifest..",
        "dev.upgraderisk.scanner.golang..",
        "dev.upgraderisk.scanner.npm..",
        "dev.upgraderisk.scanner.gradle..",
        "dev.upgraderisk.scanner.maven.."
    };

    private static final String[] FRONT = {
        "dev.upgraderisk.scanner.engine..",
        "dev.upgraderisk.scanner.registry..",
        "dev.upgraderisk.scanner.diff..",
        "dev.upgraderisk.scanner.history..",
        "dev.upgraderisk.scanner.git..",
        "dev.upgraderisk.scanner.cli.."
    };

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.upgraderisk");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.upgraderisk.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void knowledgeBaseDependsOnNothingAboveIt() {
        noClasses()
                .that()
                .resideInAPackage("dev.upgraderisk.kb..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.upgraderisk.rules..", "dev.upgraderisk.scanner..")
                .check(classes);
    }

    @Test
    void rulesDependOnTheKnowledgeBaseOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.upgraderisk.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.upgraderisk.scanner..", "dev.upgraderisk.kb.internal..")
                .check(classes);
    }

    @Test
    void coreKnowsNoReaderResolverRegistryOrFrontEnd() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(READERS)
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRONT)
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..", "picocli..")
                .check(classes);
    }

    @Test
    void readersKnowNoFrontEnd() {
        noClasses()
                .that()
                .resideInAnyPackage(READERS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRONT)
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.upgraderisk.scanner.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void theKnowledgeBaseInternalsStayInside() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.upgraderisk.kb..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.upgraderisk.kb.internal..")
                .check(classes);
    }
}
