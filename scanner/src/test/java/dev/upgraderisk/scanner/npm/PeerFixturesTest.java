package dev.upgraderisk.scanner.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upgraderisk.scanner.SharedCorpus;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The npm cases of a peer scanner's parser fixtures (osv-scalibr's packagelockjson tests, read in place from
 * {@code corpus/peer-fixtures/npm}; see its SOURCE.md): for each case the set of (name, version) equals the peer's
 * expected packages. Where npm's semantics and this reader's documented behaviour differ from the peer, the test says
 * so in its name ({@code _peerDiffers}) and asserts this reader's behaviour instead.
 */
class PeerFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Version 1 git and file: versions: the peer reports an empty version (and a commit); this reader keeps them. */
    private static final Set<String> PEER_DIFFERS = Set.of("commits.v1.json", "files.v1.json");

    private static Path fixtures() {
        return SharedCorpus.resolve("corpus").resolve("peer-fixtures/npm");
    }

    @TestFactory
    Stream<DynamicTest> nameVersionSetEqualsPeerExpectation() throws IOException {
        Path dir = fixtures();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path expectedFile : files.filter(
                            f -> f.getFileName().toString().endsWith(".json.expected.json"))
                    .sorted()
                    .toList()) {
                String fixture = expectedFile.getFileName().toString().replace(".expected.json", "");
                if (PEER_DIFFERS.contains(fixture)) continue;
                for (JsonNode c : JSON.readTree(expectedFile.toFile()).path("cases")) {
                    tests.add(DynamicTest.dynamicTest(
                            fixture + ": " + c.path("case").asText(),
                            () -> assertEquals(peerPackages(c), ours(dir.resolve(fixture)))));
                }
            }
        }
        assertTrue(tests.size() >= 12, "the npm fixtures are all there: " + tests.size() + " cases");
        return tests.stream();
    }

    @Test
    void gitVersionsKeepTheirSpecNotAnEmptyVersion_peerDiffers() throws Exception {
        Path fixture = fixtures().resolve("commits.v1.json");
        DependencyGraph graph = read(fixture);
        JsonNode peerCase = onlyCase(fixture);
        // same packages, same registry versions; where the peer has an empty version and a commit, this reader
        // keeps the git spec as written, and it ends in that commit
        Map<String, Set<String>> oursByName = new TreeMap<>();
        graph.nodes()
                .forEach(n -> oursByName
                        .computeIfAbsent(n.pkg().name(), k -> new TreeSet<>())
                        .add(n.version()));
        Map<String, Set<String>> peerByName = new TreeMap<>();
        for (JsonNode p : peerCase.path("packages")) {
            String version = p.path("version").asText("");
            String commit = p.path("commit").asText("");
            peerByName
                    .computeIfAbsent(p.path("name").asText(), k -> new TreeSet<>())
                    .add(version.isEmpty() ? "#" + commit : version);
        }
        assertEquals(peerByName.keySet(), oursByName.keySet());
        peerByName.forEach((name, versions) -> {
            Set<String> ours = oursByName.get(name);
            assertEquals(versions.size(), ours.size(), name);
            for (String v : versions) {
                assertTrue(
                        v.startsWith("#") ? ours.stream().anyMatch(o -> o.endsWith(v)) : ours.contains(v),
                        name + ": " + v + " in " + ours);
            }
        });
        assertTrue(oursByName
                .get("babel-preset-php")
                .contains("gitlab:kornelski/babel-preset-php#c5a7ba5e0ad98b8db1cb8ce105403dd4b768cced"));
        // the fixture says lockfileVersion 2 but has only the version 1 tree: that tree is read, and a note says so
        assertTrue(
                graph.notes().stream().anyMatch(n -> n.contains("without a `packages` section")),
                graph.notes().toString());
    }

    @Test
    void fileVersionsKeepTheirSpecNotAnEmptyVersion_peerDiffers() throws Exception {
        Path fixture = fixtures().resolve("files.v1.json");
        assertEquals(Set.of("lodash\t1.3.1", "other_package\t"), peerPackages(onlyCase(fixture)));
        assertEquals(Set.of("lodash\t1.3.1", "other_package\tfile:deps/other_package"), ours(fixture));
    }

    private static JsonNode onlyCase(Path fixture) throws IOException {
        JsonNode cases = JSON.readTree(fixture.resolveSibling(fixture.getFileName() + ".expected.json")
                        .toFile())
                .path("cases");
        assertEquals(1, cases.size());
        return cases.get(0);
    }

    private static Set<String> peerPackages(JsonNode peerCase) {
        Set<String> out = new TreeSet<>();
        peerCase.path("packages")
                .forEach(p -> out.add(
                        p.path("name").asText() + "\t" + p.path("version").asText("")));
        assertFalse(out.isEmpty());
        return out;
    }

    private static Set<String> ours(Path fixture) throws Exception {
        return read(fixture).nodes().stream()
                .map(n -> n.pkg().name() + "\t" + n.version())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static DependencyGraph read(Path fixture) throws Exception {
        return new PackageLockReader().read(fixture, "peer-fixtures/npm/" + fixture.getFileName());
    }
}
