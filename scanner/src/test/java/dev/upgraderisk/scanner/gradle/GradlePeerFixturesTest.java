package dev.upgraderisk.scanner.gradle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upgraderisk.scanner.SharedCorpus;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.manifest.LockfileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Gradle fixtures of a peer scanner (osv-scalibr's gradlelockfile and gradleverificationmetadataxml extractors,
 * see {@code corpus/peer-fixtures/SOURCE.md} in the shared folder): for every test case, the set of
 * (group:artifact, version) read equals the peer's expected packages. Where Gradle itself refuses a file that the
 * peer reads leniently, the test asserts Gradle's behaviour, and its name says so. The fixtures are read where they
 * are; nothing is copied into the project. Skips visibly when the shared folder is absent.
 */
class GradlePeerFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path fixtures() {
        return SharedCorpus.resolve("corpus/peer-fixtures");
    }

    @ParameterizedTest
    @ValueSource(strings = "5-pkg")
    void lockfileGivesThePeersPackages(String fixture) throws Exception {
        Path file = fixtures().resolve("gradle-lockfile").resolve(fixture);
        assertEveryCase(file, packages(new GradleLockfileReader(), file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"multiple-versions.xml", "odd-versions.xml"})
    void verificationMetadataGivesThePeersPackages(String fixture) throws Exception {
        Path file = fixtures().resolve("gradle-verification-metadata").resolve(fixture);
        assertEveryCase(file, packages(new GradleVerificationMetadataReader(), file));
    }

    /**
     * with-bad-pkg: the peer skips the lines it cannot parse and keeps two packages. Gradle refuses the whole file
     * ({@code Invalid lock state ... Line: >>>}), so the reader fails at the first bad line, line 3.
     */
    @Test
    void lockfileWithBadLines_gradleRefusesTheFile_peerSkipsTheBadLines() throws Exception {
        Path file = fixtures().resolve("gradle-lockfile/with-bad-pkg");
        InputException e =
                assertThrows(InputException.class, () -> new GradleLockfileReader().read(file, "gradle.lockfile"));
        assertTrue(e.getMessage().startsWith("gradle.lockfile:3: not a lock entry: '>>>'"), e.getMessage());
    }

    /**
     * with-bad-pkg, line by line: each line on its own in a lockfile (written to a temporary folder, not to the
     * project). The lines Gradle accepts give exactly the peer's packages, and the lines the peer skipped are the
     * ones Gradle refuses ({@code empty=======} is Gradle's list of empty configurations, which it accepts).
     */
    @Test
    void lockfileWithBadLines_theLinesGradleAcceptsAreThePeersPackages(@TempDir Path tmp) throws Exception {
        Path file = fixtures().resolve("gradle-lockfile/with-bad-pkg");
        List<String> lines = Files.readAllLines(file);
        Set<String> accepted = new TreeSet<>();
        List<Integer> refused = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Path one = Files.writeString(tmp.resolve("gradle.lockfile"), lines.get(i) + "\n");
            try {
                new GradleLockfileReader().read(one, "gradle.lockfile").nodes().forEach(n -> accepted.add(key(n)));
            } catch (InputException e) {
                refused.add(i + 1);
            }
        }
        assertEquals(List.of(3, 4, 9, 10), refused); // >>>, ////, "      a", "        b"
        assertEveryCase(file, accepted);
    }

    /**
     * missing-attribute: the peer reports the three components with an empty group, name or version. Gradle fails
     * on such a file ({@code Missing attribute: group}), and so does the reader, at the first component.
     */
    @Test
    void verificationMetadataMissingAttribute_gradleRefusesTheFile_peerReportsEmptyCoordinates() throws Exception {
        Path file = fixtures().resolve("gradle-verification-metadata/missing-attribute.xml");
        InputException e = assertThrows(
                InputException.class,
                () -> new GradleVerificationMetadataReader().read(file, "gradle/verification-metadata.xml"));
        assertTrue(e.getMessage().startsWith("gradle/verification-metadata.xml:6:"), e.getMessage());
        assertTrue(e.getMessage().contains("<component> has no 'group' attribute"), e.getMessage());
        // and the peer's expectation is indeed packages with an empty coordinate, which no real package has
        for (JsonNode c : JSON.readTree(file.resolveSibling(file.getFileName() + ".expected.json")
                        .toFile())
                .get("cases")) {
            for (JsonNode p : c.get("packages")) {
                assertTrue(
                        text(p, "groupID").isEmpty()
                                || text(p, "artifactID").isEmpty()
                                || text(p, "version").isEmpty(),
                        p.toString());
            }
        }
    }

    private static Set<String> packages(LockfileReader reader, Path file) throws InputException {
        Set<String> out = new TreeSet<>();
        reader.read(file, file.getFileName().toString()).nodes().forEach(n -> out.add(key(n)));
        return out;
    }

    private static String key(GraphNode n) {
        return n.pkg().name() + "@" + n.version();
    }

    /** Every case of {@code <fixture>.expected.json} expects no error and exactly {@code actual}. */
    private static void assertEveryCase(Path file, Set<String> actual) throws Exception {
        JsonNode cases = JSON.readTree(file.resolveSibling(file.getFileName() + ".expected.json")
                        .toFile())
                .get("cases");
        assertFalse(cases.isEmpty(), "no cases for " + file);
        for (JsonNode c : cases) {
            assertTrue(text(c, "wantErr").isEmpty(), c.path("case").asText() + " expects an error");
            Set<String> expected = new TreeSet<>();
            for (JsonNode p : c.get("packages")) {
                expected.add(text(p, "name") + "@" + text(p, "version"));
            }
            assertEquals(
                    expected,
                    actual,
                    file.getFileName() + " / " + c.path("case").asText());
        }
    }

    /** A string field; a missing or null one (the peer's "no version") is empty. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
