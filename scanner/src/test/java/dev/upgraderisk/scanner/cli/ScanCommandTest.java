package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan command end to end, in process: reports, thresholds and exit codes. */
class ScanCommandTest {
    @TempDir
    Path tmp;

    private CliRun scan(String project, String... extra) throws Exception {
        String[] base = {
            "scan",
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
    void affectedProjectReportsTheEntryPathFixAndAdviceAndExits1() throws Exception {
        CliRun run = scan("affected");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("org.fixture:lib-c 2.0  [compile, direct]"), run.out());
        assertTrue(run.out().contains("URK-2026-9001  high  leak  Fixture regression in lib-c 2.0"), run.out());
        assertTrue(run.out().contains("fixed in:   2.1 by https://example.org/lib-c/pull/2"), run.out());
        // 2.1 is affected by another entry, so the nearest clean version in the repository is 3.0
        assertTrue(run.out().contains("upgrade to: 3.0 "), run.out());
        assertTrue(run.out().contains("skip:       2.1 (URK-2026-9002)"), run.out());
        assertTrue(run.out().contains("1 finding, 1 failing the threshold 'low'."), run.out());
    }

    @Test
    void aTransitiveRiskNamesTheReleaseOfTheDirectDependencyThatEndsIt() throws Exception {
        // lib-b 1.0 brings lib-c 2.0 (through lib-x 1.0); lib-b 1.1 brings lib-c 3.0, which no entry affects
        CliRun run = scan("transitive-affected");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("org.fixture:lib-c 2.0  [compile, transitive]"), run.out());
        assertTrue(
                run.out().contains("or:         upgrade org.fixture:lib-b to 1.1, which brings org.fixture:lib-c 3.0"),
                run.out());
        assertTrue(run.out().contains("<artifactId>lib-c</artifactId>"), "and the pin snippet: " + run.out());
    }

    @Test
    void findingsBelowTheThresholdExit0() throws Exception {
        CliRun run = scan("affected", "--fail-on", "critical");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("URK-2026-9001"), "the finding is still reported");
    }

    @Test
    void cleanProjectExits0() throws Exception {
        CliRun run = scan("parent-chain");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("No known regressions."), run.out());
    }

    @Test
    void jsonGoesToTheOutputFile() throws Exception {
        Path out = tmp.resolve("report.json");
        CliRun run = scan("affected", "--format", "json", "--output", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).contains("\"recommendedVersion\" : \"3.0\""));
    }

    @Test
    void serverCredentialsNeverAppearInReportsOrErrors() throws Exception {
        String marker = "MARKER-s3cr3t-4711";
        Path settings = Fixtures.settings(tmp);
        Files.writeString(
                settings,
                Files.readString(settings)
                        .replace(
                                "</settings>",
                                "<servers><server><id>fixture</id><username>deploy</username><password>" + marker
                                        + "</password></server></servers></settings>"));
        for (String project : new String[] {"affected", "unresolvable-dependency"}) {
            for (String format : new String[] {"text", "json", "sarif", "markdown", "html"}) {
                CliRun run = CliRun.of(
                        "scan",
                        Fixtures.project(project).toString(),
                        "--settings",
                        settings.toString(),
                        "--kb",
                        Fixtures.knowledgeBase("fixture").toString(),
                        "--format",
                        format);
                assertTrue(run.exitCode() == 1 || run.exitCode() == 3, run.err());
                assertFalse(run.out().contains(marker) || run.err().contains(marker), project + " leaked the password");
            }
        }
    }

    @Test
    void offlineWithAnEmptyLocalRepositoryIsAResolutionFailure() throws Exception {
        CliRun run = scan("affected", "--offline");
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(
                run.err().contains("not in the local repository, and offline mode forbids downloading it"), run.err());
        assertFalse(run.hasStackTrace(), run.err());
    }

    @Test
    void versionAndHelpListExitCodes() {
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("upgrade-risk "), version.out());
        CliRun help = CliRun.of("scan", "--help");
        assertEquals(0, help.exitCode());
        for (ExitCode c : ExitCode.values()) {
            assertTrue(help.out().contains(c.code() + "   " + c.meaning().substring(0, 20)), help.out());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("scan", "--no-such-option");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
        assertFalse(run.hasStackTrace());
    }

    @Test
    void unknownSeverityIsAUsageError() throws Exception {
        CliRun run = scan("affected", "--fail-on", "severe");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--fail-on 'severe' is not a severity"), run.err());
    }
}
