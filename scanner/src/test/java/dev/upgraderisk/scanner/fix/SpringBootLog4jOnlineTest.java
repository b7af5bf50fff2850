package dev.upgraderisk.scanner.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.MavenCentral;
import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.api.ResolutionException;
import dev.upgraderisk.scanner.engine.FixEngine;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.maven.MavenOptions;
import dev.upgraderisk.scanner.report.AdviceReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Online (Maven Central): a Spring Boot 3.5.1 service, whose parent manages every log4j artifact through
 * {@code log4j2.version} (2.24.3, affected by URK-2026-0208). The advice skips 2.25.0 and 2.25.1 (URK-2026-6105, whose
 * published POMs name undefined version properties) and moves to 2.25.2. It sets that property, never pins log4j-api
 * alone, and once the change is applied every log4j artifact in the resolved graph has one version.
 * Skipped visibly when Central does not answer.
 */
class SpringBootLog4jOnlineTest {
    /** Kept between runs of the build (the POMs of Boot's graph), apart from the user's own local repository. */
    static final Path ONLINE_REPO = Path.of("target", "online-repo").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void adviceSetsLog4j2VersionAndTheWholeFamilyMoves() throws Exception {
        Path project = FixTestFiles.copy(Fixtures.project("online-spring-boot-log4j"), tmp.resolve("boot"));
        ScanResult before = scan(project);
        UpgradeAdvice advice = before.entries().stream()
                .filter(e -> e.finding().pkg().pkg().name().equals("org.apache.logging.log4j:log4j-api"))
                .flatMap(e -> e.advice().stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("log4j-api 2.24.3 is not flagged"));
        assertEquals("2.24.3", advice.currentVersion());
        assertEquals(Optional.of("2.25.2"), advice.recommendedVersion());
        assertEquals(
                Optional.of(new BuildChange.SetProperty("log4j2.version", "2.25.2", "pom.xml", 0)), advice.change());
        assertEquals("<log4j2.version>2.25.2</log4j2.version>", advice.snippet().orElseThrow());

        String advise = AdviceReport.text(AdviceReport.items(before, Optional.empty()));
        assertTrue(
                advise.contains("  change:       add the property log4j2.version to 2.25.2 in pom.xml (<properties>)\n"
                        + "  set with:\n    <log4j2.version>2.25.2</log4j2.version>\n"),
                advise);
        assertFalse(advise.contains("<artifactId>log4j-api</artifactId>"), "never a pin of log4j-api alone");

        // the fix ends every finding the property decides: log4j-to-slf4j 2.24.3 also carries URK-2026-6111 (fixed in
        // 2.26.0), so the one property moves the whole family to 2.26.0
        FixOutcome fixed = new FixEngine().fix(request(project), false);
        assertEquals(
                List.of(
                        "  <properties>",
                        "    <java.version>17</java.version>",
                        "    <log4j2.version>2.26.0</log4j2.version>"),
                Files.readString(project.resolve("pom.xml"))
                        .lines()
                        .dropWhile(l -> !l.equals("  <properties>"))
                        .limit(3)
                        .toList());
        assertTrue(fixed.applied(), fixed.toString());
        ScanResult after = scan(project);
        Set<String> log4j = log4jVersions(after);
        assertEquals(Set.of("2.26.0"), log4j, "log4j artifacts after the fix: " + log4j);
        assertTrue(log4jNodes(after).size() >= 2, "log4j-api and log4j-to-slf4j are both in Boot's web graph");
        assertFalse(
                after.findings().stream()
                        .anyMatch(f -> f.pkg().pkg().name().startsWith("org.apache.logging.log4j:")
                                && f.ruleId().equals("known-regression")),
                "the log4j findings are gone");
    }

    private static Set<String> log4jVersions(ScanResult r) {
        return log4jNodes(r).stream().map(GraphNode::version).collect(Collectors.toSet());
    }

    private static List<GraphNode> log4jNodes(ScanResult r) {
        return r.graphs().stream()
                .flatMap(g -> g.nodes().stream())
                .filter(n -> n.pkg().name().startsWith("org.apache.logging.log4j:"))
                .toList();
    }

    private ScanRequest request(Path project) {
        return ScanRequest.of(project)
                .withMaven(MavenOptions.defaults().withLocalRepository(ONLINE_REPO))
                .withKnowledgeBase(new KnowledgeBaseRequest(
                        Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("kb-cache")));
    }

    private ScanResult scan(Path project) throws Exception {
        try {
            return new ScanEngine().scan(request(project));
        } catch (ResolutionException e) {
            if (MavenCentral.answers()) throw e;
            System.err.println("SKIPPED: Maven Central is not reachable: " + e.getMessage());
            Assumptions.abort("Maven Central is not reachable");
            throw e;
        }
    }
}
