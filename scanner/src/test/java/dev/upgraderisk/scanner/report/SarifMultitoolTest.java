package dev.upgraderisk.scanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.SarifMultitool;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.maven.MavenOptions;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SARIF the scanner writes passes the SARIF Multitool's GitHub ("Gh") and SARIF rule sets with no error and no
 * warning: what GitHub code scanning accepts. The bundled example (resolved from Maven Central), the fixture
 * scenarios (one finding; several on one package and one with no fix; a reactor), SBOMs (with and without a
 * dependency graph, mixed ecosystems) and a hostile OSV advisory.
 */
class SarifMultitoolTest {
    @TempDir
    Path tmp;

    private List<String> problems(ScanResult result, String name) throws Exception {
        Path sarif = tmp.resolve(name + ".sarif");
        try (Writer w = Files.newBufferedWriter(sarif, StandardCharsets.UTF_8)) {
            ReportFormat.SARIF.writer().write(result, w);
        }
        return SarifMultitool.problems(sarif, tmp);
    }

    private ScanResult fixture(String project, String kb) throws Exception {
        return new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project(project))
                        .withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(Fixtures.knowledgeBase(kb)));
    }

    @Test
    void fixtureScenarios() throws Exception {
        assertEquals(List.of(), problems(fixture("affected", "fixture"), "affected"));
        assertEquals(List.of(), problems(fixture("plan", "plan"), "plan"));
        assertEquals(List.of(), problems(fixture("reactor", "fixture"), "reactor"));
    }

    /** SBOMs: notes (no dependency graph, packages not covered) go to the run's tool notifications. */
    @Test
    void sboms() throws Exception {
        for (String sbom : List.of("no-graph", "mixed", "spdx-dev")) {
            ScanResult r = new ScanEngine()
                    .scan(ScanRequest.of(Fixtures.resource("sbom/" + sbom))
                            .withMaven(Fixtures.maven(tmp))
                            .withKnowledgeBase(Fixtures.knowledgeBase("fixture")));
            assertEquals(List.of(), problems(r, "sbom-" + sbom), sbom);
        }
    }

    @Test
    void hostileAdvisory() throws Exception {
        ScanResult r = new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project("affected"))
                        .withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(KnowledgeBaseRequest.folder(Fixtures.knowledgeBase("fixture"))
                                .withOsv(List.of(Fixtures.resource("osv/hostile")))));
        assertEquals(List.of(), problems(r, "hostile"));
    }

    @Test
    void bundledExampleFromMavenCentral() throws Exception {
        ScanResult r = new ScanEngine()
                .scan(ScanRequest.of(Path.of(System.getProperty("basedir", "."), "../examples/http-client-service"))
                        .withMaven(MavenOptions.defaults())
                        .withKnowledgeBase(new KnowledgeBaseRequest(
                                Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("kb-cache"))));
        assertEquals(List.of(), problems(r, "example"));
    }
}
