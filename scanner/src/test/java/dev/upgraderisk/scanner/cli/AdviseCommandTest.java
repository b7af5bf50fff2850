package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upgraderisk.scanner.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** upgrade-risk advise: versions to move to and to skip, with the snippet, from the fixture repository's lists. */
class AdviseCommandTest {
    @TempDir
    Path tmp;

    private CliRun advise(String project, String... extra) throws Exception {
        String[] base = {
            "advise",
            "--path",
            Fixtures.project(project).toString(),
            "--settings",
            Fixtures.settings(tmp).toString(),
            "--kb",
            Fixtures.knowledgeBase("fixture").toString()
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void everyAffectedPackageAsJson() throws Exception {
        CliRun run = advise("affected", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode advice = new ObjectMapper().readTree(run.out()).path("advice");
        assertEquals(1, advice.size());
        JsonNode a = advice.get(0);
        assertEquals("org.fixture:lib-c", a.path("package").asText());
        assertEquals("2.0", a.path("currentVersion").asText());
        assertEquals("3.0", a.path("recommendedVersion").asText(), "2.1 is affected too");
        assertEquals("2.1", a.path("skip").get(0).path("version").asText());
        assertEquals(
                "URK-2026-9002", a.path("skip").get(0).path("reasons").get(0).asText());
        // lib-c is declared with a literal version: the change edits that line (11 of the fixture's pom.xml)
        assertEquals("<version>3.0</version>", a.path("snippet").asText());
        JsonNode change = a.path("change");
        assertEquals("set-dependency-version", change.path("kind").asText());
        assertEquals("pom.xml", change.path("file").asText());
        assertEquals(11, change.path("line").asInt());
        assertEquals("3.0", change.path("version").asText());
        assertEquals(
                "https://example.org/lib-c/pull/2", a.path("fixedBy").get(0).asText());
    }

    @Test
    void aNamedPackageThatIsNotAffectedGetsTheNewestCleanReleaseOfItsMajor() throws Exception {
        // nearest-wins resolves lib-c 1.0; the repository lists 1.0, 1.5, 2.0, 2.1, 3.0
        CliRun run = advise("nearest-wins", "org.fixture:lib-c");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("pom.xml: org.fixture:lib-c 1.0 (transitive via org.fixture:lib-a)"), run.out());
        assertTrue(run.out().contains("recommended:  1.5 "), run.out());
        assertFalse(run.out().contains("affected by"), run.out());
    }

    @Test
    void aTransitivePackageNamesTheReleaseOfItsDirectDependencyThatEndsTheRisk() throws Exception {
        CliRun run = advise("transitive-affected");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  or upgrade:   org.fixture:lib-b to 1.1, which brings 3.0\n"), run.out());
        CliRun json = advise("transitive-affected", "--format", "json");
        JsonNode via =
                new ObjectMapper().readTree(json.out()).path("advice").get(0).path("upgradeDirect");
        assertEquals("org.fixture:lib-b", via.path("package").asText());
        assertEquals("1.1", via.path("version").asText());
    }

    @Test
    void aPackageThatIsNotThereIsAnInputError() throws Exception {
        CliRun run = advise("nearest-wins", "org.fixture:nothing");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no package 'org.fixture:nothing'"), run.err());
    }
}
