package dev.upgraderisk.scanner.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upgraderisk.kb.KnowledgeBaseLoader;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Advice stays within the flavour in use and within the threshold. */
class UpgradeAdvisorTest {
    private static final PackageName GUAVA = PackageName.maven("com.google.guava", "guava");

    private static VersionSource listing(String... versions) {
        return new VersionSource() {
            @Override
            public List<String> versions(String manifest, PackageName pkg) {
                return List.of(versions);
            }

            @Override
            public String describe() {
                return "a test list";
            }
        };
    }

    @Test
    void guavaJreIsAdvisedAJreRelease() {
        // Maven orders 32.0.1-android between 32.0.0-jre and 32.0.1-jre; the -android build is another flavour
        var advisor = new UpgradeAdvisor(new KnowledgeBaseLoader().loadBundled(),
                listing("32.0.0-android", "32.0.0-jre", "32.0.1-android", "32.0.1-jre", "33.0.0-jre"), Severity.LOW);
        assertEquals(Optional.of("32.0.1-jre"), advisor.advise("pom.xml", GUAVA, "32.0.0-jre").recommendedVersion());
        assertEquals(Optional.of("32.0.1-android"),
                advisor.advise("pom.xml", GUAVA, "32.0.0-android").recommendedVersion());
    }

    @Test
    void flavours() {
        assertEquals("jre", UpgradeAdvisor.flavour("32.1.2-jre"));
        assertEquals("android", UpgradeAdvisor.flavour("33.0.0-android"));
        assertEquals("", UpgradeAdvisor.flavour("4.1.94.Final"));
        assertEquals("", UpgradeAdvisor.flavour("2.0.0-RC1"));
        assertEquals("", UpgradeAdvisor.flavour("v1.8.10"));
    }
}
