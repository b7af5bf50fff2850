package dev.upgraderisk.scanner.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.PathStep;
import dev.upgraderisk.scanner.SharedCorpus;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Acceptance against real lockfiles of the shared corpus (chartjs-v2.9.4: lockfileVersion 1 with a bundle; mocha:
 * lockfileVersion 3 with aliases and a link): the set of (name, version, location, dev, optional) equals npm's own
 * {@code npm query '*'} ({@code expected-packages.json}; {@code dev}/{@code optional} absent mean false, a link target
 * without a version has none), and the direct dependencies are the top level of {@code npm ls --all}.
 */
class NpmCorpusAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"chartjs-v2.9.4", "mocha"})
    void packagesEqualNpmQuery(String project) throws Exception {
        Path dir = SharedCorpus.resolve("corpus").resolve("npm").resolve(project);
        DependencyGraph graph =
                new PackageLockReader().read(dir.resolve("package-lock.json"), project + "/package-lock.json");

        Set<String> expected = new TreeSet<>();
        for (JsonNode p : JSON.readTree(dir.resolve("expected-packages.json").toFile())) {
            expected.add(row(
                    p.path("name").asText(),
                    p.path("version").asText(""),
                    p.path("location").asText(),
                    p.path("dev").asBoolean(false),
                    p.path("optional").asBoolean(false)));
        }
        Set<String> actual = new TreeSet<>();
        for (GraphNode n : graph.nodes()) {
            // scope mapped back to npm's flags: dev is scope dev, optional is the node's optional flag
            actual.add(row(n.pkg().name(), n.version(), n.location(), n.scope().equals("dev"), n.optional()));
        }
        assertEquals(graph.nodes().size(), actual.size(), "one node per location");
        assertEquals(expected, actual);
        System.err.printf(
                "npm corpus %s: %d nodes equal npm query's %d packages (%d prod, %d dev, %d optional)%n",
                project,
                actual.size(),
                expected.size(),
                count(graph, "prod"),
                count(graph, "dev"),
                graph.nodes().stream().filter(GraphNode::optional).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chartjs-v2.9.4", "mocha"})
    void directDependenciesAreTheTopOfNpmLsAndEveryNodeHasAPathFromOne(String project) throws Exception {
        Path dir = SharedCorpus.resolve("corpus").resolve("npm").resolve(project);
        DependencyGraph graph =
                new PackageLockReader().read(dir.resolve("package-lock.json"), project + "/package-lock.json");
        Set<String> topOfTree = Files.readAllLines(dir.resolve("expected-tree.txt")).stream()
                .filter(line -> line.startsWith("├") || line.startsWith("└"))
                .map(line -> line.substring(4).split(" ", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> direct = graph.nodes().stream()
                .filter(GraphNode::direct)
                .map(n -> new PathStep(n.pkg(), n.version()).toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(topOfTree, direct);
        Set<PathStep> directSteps = graph.nodes().stream()
                .filter(GraphNode::direct)
                .map(n -> new PathStep(n.pkg(), n.version()))
                .collect(Collectors.toSet());
        for (GraphNode n : graph.nodes()) {
            assertFalse(n.paths().isEmpty(), n.location() + " has no path");
            assertTrue(n.paths().size() <= NpmGraphBuilder.MAX_PATHS, n.location());
            for (DependencyPath p : n.paths()) {
                assertTrue(directSteps.contains(p.direct()), p + " starts at a direct dependency");
                assertEquals(
                        new PathStep(n.pkg(), n.version()),
                        p.steps().get(p.steps().size() - 1),
                        p.toString());
            }
            if (n.direct()) assertEquals(1, n.paths().get(0).steps().size(), n.location());
        }
        assertTrue(
                graph.notes().stream().noneMatch(note -> note.contains("not reachable")),
                graph.notes().toString());
    }

    private static String row(String name, String version, String location, boolean dev, boolean optional) {
        return String.join("\t", name, version, location, dev ? "dev" : "", optional ? "optional" : "");
    }

    private static long count(DependencyGraph graph, String scope) {
        return graph.nodes().stream().filter(n -> n.scope().equals(scope)).count();
    }
}
