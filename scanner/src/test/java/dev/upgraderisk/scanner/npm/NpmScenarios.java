package dev.upgraderisk.scanner.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The lockfiles under {@code src/test/resources/npm/<scenario>/} and exact expectations about their nodes. */
final class NpmScenarios {
    private NpmScenarios() {}

    static Path lockfile(String scenario) {
        return Fixtures.resource("npm/" + scenario + "/package-lock.json");
    }

    static DependencyGraph read(String scenario) throws InputException {
        return new PackageLockReader().read(lockfile(scenario), scenario + "/package-lock.json");
    }

    /** What a node is expected to be, every field that the reader sets. */
    record Expected(
            String location,
            String name,
            String version,
            String scope,
            boolean optional,
            boolean direct,
            List<String> paths,
            List<String> relocatedFrom) {
        static Expected node(
                String location,
                String name,
                String version,
                String scope,
                boolean optional,
                boolean direct,
                String... paths) {
            return new Expected(location, name, version, scope, optional, direct, List.of(paths), List.of());
        }

        Expected aliasOf(String alias) {
            return new Expected(location, name, version, scope, optional, direct, paths, List.of(alias));
        }

        static Expected of(GraphNode n) {
            Objects.requireNonNull(n);
            assertEquals(Ecosystem.NPM, n.pkg().ecosystem());
            assertEquals("", n.type());
            assertEquals("", n.classifier());
            assertEquals(List.of(), n.lostRequests());
            return new Expected(
                    n.location(),
                    n.pkg().name(),
                    n.version(),
                    n.scope(),
                    n.optional(),
                    n.direct(),
                    n.paths().stream().map(DependencyPath::toString).toList(),
                    n.relocatedFrom());
        }
    }

    /** The graph's nodes, in order, equal the expected ones exactly. */
    static void assertNodes(DependencyGraph graph, Expected... expected) {
        assertEquals(Ecosystem.NPM, graph.ecosystem());
        assertEquals(List.of(expected), graph.nodes().stream().map(Expected::of).toList());
    }
}
