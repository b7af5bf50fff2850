package dev.upgraderisk.scanner.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
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
        var advisor = new UpgradeAdvisor(
                new KnowledgeBaseLoader().loadBundled(),
                listing("32.0.0-android", "32.0.0-jre", "32.0.1-android", "32.0.1-jre", "33.0.0-jre"),
                Severity.LOW);
        assertEquals(
                Optional.of("32.0.1-jre"),
                advisor.advise("pom.xml", GUAVA, "32.0.0-jre").recommendedVersion());
        assertEquals(
                Optional.of("32.0.1-android"),
                advisor.advise("pom.xml", GUAVA, "32.0.0-android").recommendedVersion());
    }

    /** protobuf-javanano lists 3.2.0rc2, a pre-release without a separator that Maven reads as 3.2.0-rc-2. */
    @Test
    void aPreReleaseInUseIsAdvisedTheNearestStableRelease() {
        PackageName nano = PackageName.maven("com.google.protobuf.nano", "protobuf-javanano");
        var advisor = new UpgradeAdvisor(
                new KnowledgeBaseLoader().loadBundled(),
                listing("3.0.0-alpha-5", "3.0.0-alpha-7", "3.1.0", "3.2.0rc2"),
                Severity.LOW);
        assertEquals(
                Optional.of("3.1.0"),
                advisor.advise("pom.xml", nano, "3.0.0-alpha-5").recommendedVersion());
        // on the newest pre-release with no stable release above it, there is nothing to move to
        assertEquals(
                Optional.empty(), advisor.advise("pom.xml", nano, "3.2.0rc2").recommendedVersion());
    }

    /** The bundled example's slf4j-api 2.0.0-alpha1: Central lists newer pre-releases, but 2.0.0 is the answer. */
    @Test
    void anUnstableVersionIsAdvisedTheNearestStableReleaseNotTheNextPreRelease() {
        PackageName slf4j = PackageName.maven("org.slf4j", "slf4j-api");
        var advisor = new UpgradeAdvisor(
                new KnowledgeBaseLoader().loadBundled(),
                listing("2.0.0-alpha1", "2.0.0-alpha7", "2.0.0-beta1", "2.0.0", "2.0.1", "2.1.0-alpha1"),
                Severity.LOW);
        assertEquals(
                Optional.of("2.0.0"),
                advisor.advise("pom.xml", slf4j, "2.0.0-alpha1").recommendedVersion());
    }

    @Test
    void aPreReleaseWithNoStableReleaseAboveIsAdvisedTheNextCleanPreRelease() {
        PackageName pkg = PackageName.maven("org.example", "only-previews");
        var advisor = new UpgradeAdvisor(
                new KnowledgeBaseLoader().loadBundled(),
                listing("2.0.0-alpha1", "2.0.0-beta1", "2.0.0-beta2"),
                Severity.LOW);
        assertEquals(
                Optional.of("2.0.0-beta1"),
                advisor.advise("pom.xml", pkg, "2.0.0-alpha1").recommendedVersion());
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
