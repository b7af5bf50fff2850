package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets a clear message that says what and where, a documented exit code, and never a stack trace.
 * Each case is a project of its own under {@code src/test/resources/projects}.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    private CliRun scan(Path target, String kb) throws Exception {
        return CliRun.of(
                "scan",
                target.toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "--kb",
                Fixtures.knowledgeBase(kb).toString());
    }

    private CliRun scan(String project) throws Exception {
        return scan(Fixtures.project(project), "fixture");
    }

    private static void assertClean(CliRun run, int code) {
        assertEquals(code, run.exitCode(), run.err());
        assertFalse(run.hasStackTrace(), run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains("hint: "), run.err());
    }

    @Test
    void malformedPomNamesLineAndColumn() throws Exception {
        CliRun run = scan("malformed-pom");
        assertClean(run, 2);
        assertTrue(run.err().contains("pom.xml:11:19: "), run.err());
        assertTrue(run.err().contains("</dependencyy> must match start tag name <dependency>"), run.err());
    }

    @Test
    void missingParentIsAResolutionFailureNamingTheParentAndRepository() throws Exception {
        CliRun run = scan("missing-parent");
        assertClean(run, 3);
        assertTrue(run.err().contains("org.fixture:no-such-parent:pom:1"), run.err());
        assertTrue(run.err().contains("fixture (file:"), run.err());
    }

    @Test
    void unresolvableDependencyNamesArtifactAndRepositories() throws Exception {
        CliRun run = scan("unresolvable-dependency");
        assertClean(run, 3);
        assertTrue(
                run.err().contains("could not resolve org.fixture:no-such-lib:pom:1.0 from fixture (file:"), run.err());
        assertTrue(run.err().contains("not found"), run.err());
        assertTrue(run.out().isEmpty(), "no partial report is passed off as complete: " + run.out());
    }

    @Test
    void propertyCycleIsAnInputError() throws Exception {
        CliRun run = scan("property-cycle");
        assertClean(run, 2);
        assertTrue(run.err().contains("a.version"), run.err());
        assertTrue(run.err().toLowerCase().contains("cycle"), run.err());
    }

    @Test
    void missingModuleFolderNamesTheLineOfTheModule() throws Exception {
        CliRun run = scan("missing-module");
        assertClean(run, 2);
        assertTrue(run.err().contains("pom.xml:10:"), run.err());
        assertTrue(run.err().contains("module 'absent' not found"), run.err());
    }

    @Test
    void knowledgeBaseWithABadRangeNamesFileAndField() throws Exception {
        CliRun run = scan(Fixtures.project("affected"), "bad-range");
        assertClean(run, 2);
        assertTrue(
                run.err()
                        .contains("maven/URK-2026-9101.yaml: affected[0].ranges[0].events[1]: 'fixed: 1.5' is not"
                                + " above 'introduced: 2.0'"),
                run.err());
    }

    @Test
    void aVersionThatIsNeitherVersionNorRangeNamesItsLine() throws Exception {
        CliRun run = scan("bad-version-range");
        assertClean(run, 2);
        assertTrue(run.err().contains("pom.xml:11:16: org.fixture:lib-a:jar has version '[2.8'"), run.err());
    }

    @Test
    void anUnusableLocalRepositoryIsAnInputError() throws Exception {
        CliRun run = CliRun.of(
                "scan",
                Fixtures.project("affected").toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "-Dmaven.repo.local=/dev/null/repository",
                "--kb-cache",
                tmp.resolve("kb-cache").toString());
        assertClean(run, 2);
        assertTrue(run.err().contains("-Dmaven.repo.local /dev/null/repository cannot be used"), run.err());
    }

    @Test
    void missingPath() throws Exception {
        CliRun run = scan(tmp.resolve("nowhere"), "fixture");
        assertClean(run, 2);
        assertTrue(run.err().contains("no such file or folder"), run.err());
    }

    @Test
    void folderWithoutPom() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty-folder"));
        CliRun run = scan(empty, "fixture");
        assertClean(run, 2);
        assertTrue(run.err().contains("no supported manifest in this folder or below"), run.err());
    }

    @Test
    void emptyPomFile() throws Exception {
        Path pom = Files.writeString(
                Files.createDirectories(tmp.resolve("empty-pom")).resolve("pom.xml"), "");
        CliRun run = scan(pom, "fixture");
        assertClean(run, 2);
        assertTrue(run.err().contains("the file is empty"), run.err());
    }

    @Test
    void missingSettingsFile() throws Exception {
        CliRun run = CliRun.of(
                "scan",
                Fixtures.project("affected").toString(),
                "--settings",
                tmp.resolve("nope.xml").toString(),
                "--kb-cache",
                tmp.resolve("kb-cache").toString());
        assertClean(run, 2);
        assertTrue(run.err().contains("settings file not found"), run.err());
    }

    @Test
    void malformedSettingsFile() throws Exception {
        Path settings = Files.writeString(tmp.resolve("settings.xml"), "<settings>\n  <mirrors>\n</settings>\n");
        CliRun run = CliRun.of(
                "scan",
                Fixtures.project("affected").toString(),
                "--settings",
                settings.toString(),
                "--kb-cache",
                tmp.resolve("kb-cache").toString());
        assertClean(run, 2);
        assertTrue(run.err().contains("settings.xml:3"), run.err());
    }
}
