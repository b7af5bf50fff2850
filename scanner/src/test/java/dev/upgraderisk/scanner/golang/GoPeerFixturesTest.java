package dev.upgraderisk.scanner.golang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upgraderisk.scanner.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Go cases of a peer scanner's fixtures (osv-scalibr's gomod extractor). The peer writes versions without the
 * {@code v}; both list the toolchain as {@code stdlib}. Where the peer departs from Go's own semantics, Go is right
 * and the test's name says so.
 */
class GoPeerFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<String> expected(String fixture) throws Exception {
        Path dir = SharedCorpus.resolve("corpus/peer-fixtures/go");
        JsonNode cases =
                JSON.readTree(dir.resolve(fixture + ".expected.json").toFile()).path("cases");
        Set<String> out = new TreeSet<>();
        cases.get(0)
                .path("packages")
                .forEach(p -> out.add(
                        p.path("name").asText() + "@" + p.path("version").asText("")));
        return out;
    }

    private static Set<String> actual(String fixture) throws Exception {
        Path file = SharedCorpus.resolve("corpus/peer-fixtures/go").resolve(fixture);
        Set<String> out = new TreeSet<>();
        new GoModReader()
                .read(file, fixture)
                .nodes()
                .forEach(n -> out.add(n.pkg().name() + "@"
                        + (n.version().startsWith("v") ? n.version().substring(1) : n.version())));
        return out;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "two-packages.mod",
                "indirect-packages.mod",
                "indirect-1.23.mod",
                "replace-one.mod",
                "replace-not-required.mod",
                "toolchain-with-suffix.mod"
            })
    void sameAsThePeer(String fixture) throws Exception {
        assertEquals(expected(fixture), actual(fixture));
    }

    @Test
    void goSumCompletesTheGraphBeforeGo117() throws Exception {
        // the peer's fixture is named indirect-1.16.mod; its go.sum sits beside it as indirect-1.16.sum, not go.sum
        Path dir = SharedCorpus.resolve("corpus/peer-fixtures/go");
        Path tmp = Files.createTempDirectory("go116");
        Files.copy(dir.resolve("indirect-1.16.mod"), tmp.resolve("go.mod"));
        Files.copy(dir.resolve("indirect-1.16.sum"), tmp.resolve("go.sum"));
        Set<String> out = new TreeSet<>();
        new GoModReader()
                .read(tmp.resolve("go.mod"), "go.mod")
                .nodes()
                .forEach(n -> out.add(n.pkg().name() + "@" + n.version().replaceFirst("^v", "")));
        assertEquals(expected("indirect-1.16.mod"), out);
    }

    @Test
    void duplicateRequiresSelectTheHighestVersion_peerKeepsBoth() throws Exception {
        // require x/net v1.2.3 and v0.5.6: minimal version selection takes v1.2.3, which the replace then swaps
        // for the fork; the peer lists the fork and also x/net 0.5.6, which Go would never build with
        assertEquals(Set.of("example.com/fork/net@1.4.5"), actual("replace-mixed.mod"));
        assertEquals(Set.of("example.com/fork/net@1.4.5", "golang.org/x/net@0.5.6"), expected("replace-mixed.mod"));
    }

    @Test
    void versionSpecificReplaceAppliesToTheSelectedVersionOnly_peerAppliesBoth() throws Exception {
        // x/net v1.2.3 and v0.5.6 are both required, each with its own replacement: only v1.2.3 is selected
        assertEquals(Set.of("example.com/fork/foe@1.4.5"), actual("replace-different.mod"));
        assertEquals(
                Set.of("example.com/fork/foe@1.4.5", "example.com/fork/foe@1.4.2"), expected("replace-different.mod"));
    }

    @Test
    void localReplaceKeepsTheModulePathWithNoVersion_peerNamesTheFolder() throws Exception {
        assertEquals(Set.of("golang.org/x/net@", "github.com/BurntSushi/toml@1.0.0"), actual("replace-local.mod"));
        assertEquals(Set.of("./fork/net@", "github.com/BurntSushi/toml@1.0.0"), expected("replace-local.mod"));
    }
}
