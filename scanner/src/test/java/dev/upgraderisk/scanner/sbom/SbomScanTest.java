package dev.upgraderisk.scanner.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.manifest.Manifest;
import dev.upgraderisk.scanner.manifest.ManifestFinder;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SBOMs through the whole scan: found by the folder scan, their findings, and their notes in every report format. */
class SbomScanTest {
    @TempDir
    Path tmp;

    private ScanResult scan(Path target) throws Exception {
        KnowledgeBaseRequest bundled =
                new KnowledgeBaseRequest(Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("cache"));
        return new ScanEngine()
                .scan(ScanRequest.of(target)
                        .withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(bundled)
                        .withEnvironment(Map.of("GOPROXY", "off", "XDG_CACHE_HOME", tmp.toString())));
    }

    @Test
    void theFolderScanFindsSbomsByTheirUsualNames() throws Exception {
        for (String name : List.of("bom.json", "bom.xml", "app.cdx.json", "app.cdx.xml", "app.spdx.json", "x.json")) {
            Files.writeString(tmp.resolve(name), "{}");
        }
        assertEquals(
                List.of("app.cdx.json", "app.cdx.xml", "app.spdx.json", "bom.json", "bom.xml"),
                ManifestFinder.find(tmp).stream().map(Manifest::relativePath).toList());
    }

    @Test
    void manifestTakesAJsonSbomOfAnyName() throws Exception {
        Path file = tmp.resolve("project/sbom.json");
        Files.createDirectories(file.getParent());
        Files.copy(Fixtures.resource("sbom/spdx-dev/app.spdx.json"), file);
        ScanResult r = scan(file.getParent().resolve("sbom.json"));
        assertEquals(
                List.of("sbom.json"),
                r.graphs().stream().map(DependencyGraph::manifest).toList());
        assertEquals(3, r.graphs().get(0).nodes().size());
    }

    @Test
    void aMixedSbomReportsEachFindingOnceUnderItsEcosystem() throws Exception {
        ScanResult r = scan(Fixtures.resource("sbom/mixed"));
        assertEquals(3, r.graphs().size());
        assertTrue(
                r.findings().stream()
                        .anyMatch(f -> f.pkg().pkg().name().equals("nhooyr.io/websocket")
                                && f.match()
                                        .map(m -> m.advisory().id())
                                        .orElse("")
                                        .equals("URK-2026-0001")),
                r.findings().toString());
        StringWriter text = new StringWriter();
        ReportFormat.TEXT.writer().write(r, text);
        // after the fix plan, one section per graph: the finding sits under the Go graph only
        String[] sections = text.toString().split("\napp\\.cdx\\.json \\(");
        assertEquals(4, sections.length, text.toString());
        for (int i = 1; i < sections.length; i++) {
            assertEquals(
                    sections[i].startsWith("Go "), sections[i].contains("URK-2026-0001"), "section " + sections[i]);
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void anSbomWithoutAGraphSaysSoInEveryFormat(ReportFormat format) throws Exception {
        ScanResult r = scan(Fixtures.resource("sbom/no-graph"));
        DependencyGraph g = r.graphs().get(0);
        assertTrue(g.notes().contains(SbomGraphBuilder.NO_GRAPH_NOTE));
        assertTrue(r.findings().stream().anyMatch(f -> f.pkg().paths().isEmpty()), "found, with no path");
        StringWriter out = new StringWriter();
        format.writer().write(r, out);
        assertTrue(out.toString().contains("has no dependency graph"), out.toString());
        assertTrue(out.toString().contains("change the build that produced it"), out.toString());
    }
}
