package dev.upgraderisk.scanner.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.manifest.ManifestKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link SbomReader} on hand-written scenarios ({@code sbom/<scenario>}) and on real SBOMs ({@code sbom/real}). */
class SbomReaderTest {
    static List<DependencyGraph> read(String resource) throws Exception {
        Path file = Fixtures.resource("sbom/" + resource);
        ManifestKind kind = ManifestKind.of(file).orElseThrow();
        return SbomReader.read(file, file.getFileName().toString(), kind);
    }

    private static Map<String, GraphNode> byName(DependencyGraph g) {
        return g.nodes().stream().collect(Collectors.toMap(n -> n.pkg().name(), Function.identity(), (a, b) -> a));
    }

    private static List<String> paths(GraphNode n) {
        return n.paths().stream().map(DependencyPath::toString).toList();
    }

    /** name@version scope of every node, to compare graphs read from two files. */
    private static Set<String> rows(DependencyGraph g) {
        return g.nodes().stream()
                .map(n -> n.pkg() + "@" + n.version() + " " + n.scope() + " " + n.direct() + " " + paths(n))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void onePackageWithItsPathAndLine() throws Exception {
        List<DependencyGraph> graphs = read("one-package/bom.json");
        assertEquals(1, graphs.size());
        DependencyGraph g = graphs.get(0);
        assertEquals(Ecosystem.MAVEN, g.ecosystem());
        assertEquals("org.example:app:1.0", g.root());
        GraphNode okhttp = g.nodes().get(0);
        assertEquals(PackageName.maven("com.squareup.okhttp3", "okhttp"), okhttp.pkg());
        assertEquals("4.3.0", okhttp.version());
        assertEquals("jar", okhttp.type());
        assertTrue(okhttp.direct());
        assertEquals(List.of("com.squareup.okhttp3:okhttp@4.3.0"), paths(okhttp));
        assertEquals(9, g.lineOf("com.squareup.okhttp3:okhttp"), "the line of the component");
        assertTrue(
                g.notes().get(0).contains("change the build that produced it"),
                g.notes().toString());
        assertEquals(1, g.notes().size(), g.notes().toString());
    }

    @Test
    void xmlReadsAsJsonDoesAndToolsAreNotPackages() throws Exception {
        DependencyGraph json = read("one-package/bom.json").get(0);
        DependencyGraph xml = read("xml-one-package/bom.xml").get(0);
        assertEquals(json.nodes(), xml.nodes());
        assertEquals(json.root(), xml.root());
        assertEquals(12, xml.lineOf("com.squareup.okhttp3:okhttp"), "StAX's place: the end of the start tag");
    }

    @Test
    void mixedEcosystemsGiveOneGraphEachUnderTheSamePath() throws Exception {
        List<DependencyGraph> graphs = read("mixed/app.cdx.json");
        assertEquals(
                List.of(Ecosystem.MAVEN, Ecosystem.GO, Ecosystem.NPM),
                graphs.stream().map(DependencyGraph::ecosystem).toList());
        graphs.forEach(g -> assertEquals("app.cdx.json", g.manifest()));
        Map<String, GraphNode> go = byName(graphs.get(1));
        assertEquals(
                List.of("nhooyr.io/websocket@v1.8.10 > github.com/BurntSushi/toml@v1.2.0"),
                paths(go.get("github.com/BurntSushi/toml")),
                "a Go module path keeps its case");
        assertFalse(go.get("github.com/BurntSushi/toml").direct());
        Map<String, GraphNode> npm = byName(graphs.get(2));
        assertEquals("excluded", npm.get("mocha").scope());
        assertEquals("", npm.get("ws").scope());
        assertEquals(
                "optional", byName(graphs.get(0)).get("com.google.guava:guava").scope());
        String uncovered = "2 packages are of types the knowledge base does not cover and are not checked (deb 1, "
                + "pypi 1): pkg:deb/ubuntu/openssl@3.0.2, pkg:pypi/requests@2.31.0";
        assertTrue(
                graphs.get(0).notes().contains(uncovered), graphs.get(0).notes().toString());
        assertTrue(graphs.get(0).notes().contains("1 components have no purl and are not checked: vendored"));
        assertFalse(graphs.get(1).notes().contains(uncovered), "said once, on the first graph");
    }

    @Test
    void withoutAGraphEveryPackageHasNoPathAndTheGraphSaysSo() throws Exception {
        DependencyGraph g = read("no-graph/bom.json").get(0);
        assertEquals(2, g.nodes().size());
        for (GraphNode n : g.nodes()) {
            assertEquals(List.of(), n.paths(), n.toString());
            assertFalse(n.direct());
        }
        assertTrue(g.notes().contains(SbomGraphBuilder.NO_GRAPH_NOTE), g.notes().toString());
        assertEquals("bom.json", g.root(), "no metadata.component: the file names the project");
    }

    @Test
    void spdxDevRelationshipsLabelEverythingBelowThem() throws Exception {
        List<DependencyGraph> graphs = read("spdx-dev/app.spdx.json");
        assertEquals(1, graphs.size());
        DependencyGraph g = graphs.get(0);
        assertEquals("app", g.root());
        Map<String, GraphNode> n = byName(g);
        assertEquals(Set.of("ws", "mocha", "debug"), n.keySet(), "the described package is the project");
        assertEquals("", n.get("ws").scope());
        assertEquals("dev", n.get("mocha").scope());
        assertEquals("dev", n.get("debug").scope(), "a dependency of a dev dependency is dev");
        assertEquals(List.of("mocha@10.0.0 > debug@4.3.4"), paths(n.get("debug")));
        assertTrue(n.get("mocha").direct());
    }

    @Test
    void realMavenPluginBomJsonAndXmlAgree() throws Exception {
        List<DependencyGraph> json = read("real/spring-petclinic/bom.json");
        List<DependencyGraph> xml = read("real/spring-petclinic/bom.xml");
        assertEquals(1, json.size());
        assertEquals(165, json.get(0).nodes().size());
        assertEquals(24, json.get(0).nodes().stream().filter(GraphNode::direct).count());
        assertEquals(
                "org.springframework.samples:spring-petclinic:4.0.0-SNAPSHOT",
                json.get(0).root());
        assertTrue(json.get(0).nodes().stream().allMatch(n -> !n.paths().isEmpty()), "every package is reachable");
        assertEquals(rows(json.get(0)), rows(xml.get(0)));
    }

    @Test
    void realNpmBomJsonAndXmlOfTwoSpecVersionsAgree() throws Exception {
        DependencyGraph json = read("real/mocha/mocha.cdx.json").get(0);
        DependencyGraph xml = read("real/mocha/mocha.cdx.xml").get(0);
        assertEquals(Ecosystem.NPM, json.ecosystem());
        assertEquals(rows(json), rows(xml));
        Map<String, GraphNode> n = byName(json);
        assertEquals("dev", n.get("@babel/code-frame").scope(), "cdx:npm:package:development");
        assertEquals("", n.get("@test/esm-only-loader").version(), "a linked package without a version");
    }

    @Test
    void realSpdxFromNpm() throws Exception {
        DependencyGraph g = read("real/chartjs/chartjs.spdx.json").get(0);
        assertEquals(Ecosystem.NPM, g.ecosystem());
        assertEquals("chart.js", g.root());
        Map<String, GraphNode> n = byName(g);
        assertEquals("", n.get("moment").scope(), "a runtime dependency");
        assertTrue(n.get("moment").direct());
        assertEquals("dev", n.get("@babel/code-frame").scope());
    }
}
