package dev.upgraderisk.scanner.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upgraderisk.scanner.SharedCorpus;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Acceptance: for every module of every Maven project of the shared corpus, the resolved set of (groupId,
 * artifactId, type, classifier, version, scope, optional) equals what Maven's {@code dependency:list} printed
 * ({@code expected-resolved.tsv}). Online, against Maven Central, with the user's own settings and local repository.
 */
class MavenCorpusTest {
    @ParameterizedTest
    @ValueSource(strings = {"commons-text", "spring-petclinic", "gson", "netty-4.1.115", "vertx-core-4.5.10"})
    void resolvedSetEqualsMavensOwn(String project) throws Exception {
        Path dir = SharedCorpus.resolve("corpus/maven/" + project);
        Map<String, Set<String>> expected = expected(dir.resolve("expected-resolved.tsv"));
        List<DependencyGraph> graphs =
                new ScanEngine().scan(ScanRequest.of(dir)).graphs();
        Map<String, Set<String>> actual = new TreeMap<>();
        for (DependencyGraph g : graphs) {
            String module = g.manifest().equals("pom.xml") ? "." : g.manifest().replaceFirst("/pom\\.xml$", "");
            Set<String> rows = new TreeSet<>();
            for (GraphNode n : g.nodes()) {
                String[] ga = n.pkg().name().split(":", 2);
                rows.add(String.join(
                        "\t",
                        ga[0],
                        ga[1],
                        n.type(),
                        n.classifier(),
                        n.version(),
                        n.scope(),
                        n.optional() ? "optional" : ""));
            }
            actual.put(module, rows);
        }
        expected.keySet().forEach(m -> actual.putIfAbsent(m, new TreeSet<>()));
        actual.keySet().forEach(m -> expected.putIfAbsent(m, new TreeSet<>()));
        assertEquals("", difference(expected, actual), "rows Maven printed (-) and rows only the scan has (+)");
    }

    /** Per module, the rows Maven printed that the scan lacks ("-") and the rows only the scan has ("+"). */
    private static String difference(Map<String, Set<String>> expected, Map<String, Set<String>> actual) {
        StringBuilder out = new StringBuilder();
        for (String module : expected.keySet()) {
            Set<String> missing = new TreeSet<>(expected.get(module));
            missing.removeAll(actual.get(module));
            Set<String> extra = new TreeSet<>(actual.get(module));
            extra.removeAll(expected.get(module));
            missing.forEach(r -> out.append(module).append(" - ").append(r).append('\n'));
            extra.forEach(r -> out.append(module).append(" + ").append(r).append('\n'));
        }
        return out.toString();
    }

    private static Map<String, Set<String>> expected(Path tsv) throws Exception {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            String optional = f.length > 7 ? f[7] : "";
            out.computeIfAbsent(f[0], k -> new TreeSet<>())
                    .add(String.join("\t", f[1], f[2], f[3], f[4], f[5], f[6], optional));
        }
        return out;
    }
}
