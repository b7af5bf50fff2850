package dev.upgraderisk.scanner.golang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upgraderisk.scanner.SharedCorpus;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Acceptance: every require line of the real go.mod files in the shared corpus ({@code expected-requires.tsv}:
 * module, version, direct or indirect) is read, and nothing else (apart from the toolchain's {@code stdlib}).
 */
class GoCorpusTest {
    @ParameterizedTest
    @ValueSource(strings = {"dendrite", "gotd-td", "headscale", "tailscale", "tailscale-v1.70.0"})
    void everyRequireLine(String project) throws Exception {
        Path dir = SharedCorpus.resolve("corpus/go/" + project);
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(dir.resolve("expected-requires.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            expected.add(line.strip());
        }
        DependencyGraph g = new GoModReader().read(dir.resolve("go.mod"), "go.mod");
        Set<String> actual = new TreeSet<>();
        g.nodes().stream()
                .filter(n -> !n.pkg().name().equals("stdlib"))
                .forEach(n ->
                        actual.add(n.pkg().name() + "\t" + n.version() + "\t" + (n.direct() ? "direct" : "indirect")));
        assertEquals(expected, actual);
    }
}
