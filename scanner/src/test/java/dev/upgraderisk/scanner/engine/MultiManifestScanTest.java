package dev.upgraderisk.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One scan over a folder with several kinds of manifests: each reported under its own path. */
class MultiManifestScanTest {
    @TempDir
    Path tmp;

    private ScanResult scan(ScanRequest request) throws Exception {
        // the bundled knowledge base (it has the websocket entry), never a git cache of this machine's user
        KnowledgeBaseRequest bundled =
                new KnowledgeBaseRequest(Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("cache"));
        return new ScanEngine()
                .scan(request.withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(bundled)
                        .withEnvironment(Map.of("GOPROXY", "off", "XDG_CACHE_HOME", tmp.toString())));
    }

    @Test
    void everyManifestUnderTheFolderButNotTheSkippedOnes() throws Exception {
        ScanResult r = scan(ScanRequest.of(Fixtures.project("polyglot")));
        assertEquals(
                List.of("pom.xml", "services/chat/go.mod"),
                r.graphs().stream().map(DependencyGraph::manifest).toList(),
                "node_modules, hidden folders and src/test are skipped");
        assertTrue(
                r.findings().stream()
                        .anyMatch(f -> f.pkg().manifest().equals("services/chat/go.mod")
                                && f.pkg().pkg().name().equals("nhooyr.io/websocket")
                                && f.ruleId().equals("known-regression")
                                && f.match().orElseThrow().advisory().id().equals("URK-2026-0001")),
                r.findings().toString());
    }

    @Test
    void manifestPicksOne() throws Exception {
        ScanResult r = scan(ScanRequest.of(Fixtures.project("polyglot")).withManifest(Path.of("services/chat/go.mod")));
        assertEquals(
                List.of("services/chat/go.mod"),
                r.graphs().stream().map(DependencyGraph::manifest).toList());
    }

    @Test
    void aManifestFileAsTheTarget() throws Exception {
        ScanResult r = scan(ScanRequest.of(Fixtures.project("polyglot").resolve("services/chat/go.mod")));
        assertEquals(
                List.of("go.mod"),
                r.graphs().stream().map(DependencyGraph::manifest).toList());
    }

    @Test
    void aFileOfNoKnownKindIsRefused() {
        Path readme = Fixtures.project("polyglot")
                .resolve("src/test/resources/fixture/pom.xml")
                .getParent();
        InputException e = assertThrows(
                InputException.class,
                () -> scan(ScanRequest.of(readme.resolve("pom.xml"))
                        .withManifest(Fixtures.resource("kb/fixture/maven/URK-2026-9001.yaml"))));
        assertTrue(e.getMessage().contains("not a manifest this tool reads"), e.getMessage());
    }
}
