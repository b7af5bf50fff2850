package dev.upgraderisk.scanner.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Build extensions that change what Maven resolves, and what a scan says when one it cannot run is in play. */
class BuildExtensionsTest {
    @TempDir
    Path tmp;

    private ScanResult scan(String project) throws Exception {
        return new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project(project))
                        .withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(Fixtures.knowledgeBase("fixture")));
    }

    private static GraphNode node(DependencyGraph g, String name) {
        return g.nodes().stream()
                .filter(n -> n.pkg().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** What os-maven-plugin documents for the machines CI and developers use; other machines skip. */
    private static String expectedClassifier() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String name = os.startsWith("linux")
                ? "linux"
                : os.startsWith("mac") ? "osx" : os.startsWith("windows") ? "windows" : null;
        String cpu =
                arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "aarch_64" : null;
        Assumptions.assumeTrue(name != null && cpu != null, "no documented classifier for " + os + " " + arch);
        return name + "-" + cpu;
    }

    @Test
    void osMavenPluginAsBuildExtensionSetsTheClassifiers() throws Exception {
        DependencyGraph g = scan("os-detected-extension").graphs().get(0);
        assertEquals(expectedClassifier(), node(g, "org.fixture:lib-a").classifier());
        assertEquals(expectedClassifier(), node(g, "org.fixture:lib-b").classifier());
        assertTrue(g.complete(), g.notes().toString());
        assertTrue(
                g.notes().stream().anyMatch(n -> n.contains("os-maven-plugin applied")),
                g.notes().toString());
    }

    @Test
    void osMavenPluginAsCoreExtensionSetsTheClassifier() throws Exception {
        DependencyGraph g = scan("os-detected-core-extension").graphs().get(0);
        assertEquals(expectedClassifier(), node(g, "org.fixture:lib-a").classifier());
        assertTrue(g.complete(), g.notes().toString());
    }

    /** Without the extension Maven leaves the expression as it is; the scan never calls such a graph complete. */
    @Test
    void anExpressionNothingSetsMakesTheGraphIncomplete() throws Exception {
        DependencyGraph g = scan("unknown-expression").graphs().get(0);
        assertEquals("${os.detected.classifier}", node(g, "org.fixture:lib-a").classifier());
        assertFalse(g.complete());
        assertTrue(
                g.gaps().stream()
                        .anyMatch(n -> n.contains("org.fixture:lib-a:1.0 classifier ${os.detected"
                                + ".classifier} has an expression Maven would have replaced")),
                g.gaps().toString());
        assertTrue(g.displayNotes().stream().anyMatch(n -> n.startsWith(DependencyGraph.INCOMPLETE + "org.fixture")));
    }

    /**
     * A snapshot-only repository whose policies name no checksum policy (org.sonatype.oss:oss-parent, the parent of
     * netty and vert.x) once failed with an internal error, in resolution and again when advice listed versions.
     */
    @Test
    void aSnapshotOnlyRepositoryWithoutChecksumPolicyResolvesAndAdvises() throws Exception {
        ScanResult r = scan("snapshot-only-repository");
        DependencyGraph g = r.graphs().get(0);
        assertEquals("2.0", node(g, "org.fixture:lib-c").version());
        var advice = r.entries().stream()
                .filter(e -> e.finding().pkg().pkg().name().equals("org.fixture:lib-c"))
                .flatMap(e -> e.advice().stream())
                .findFirst()
                .orElseThrow();
        // 2.1 fixes URK-2026-9001 but has URK-2026-9002 of its own; the repository's list goes on to 3.0
        assertEquals(Optional.of("3.0"), advice.recommendedVersion(), advice.toString());
        assertEquals("2.1", advice.skip().get(0).version());
    }
}
