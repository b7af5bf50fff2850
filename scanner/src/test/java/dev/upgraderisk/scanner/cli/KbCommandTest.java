package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kb commands, and scans that use OSV advisories or a knowledge base fetched from git. */
class KbCommandTest {
    @TempDir
    Path tmp;

    private String fixtureKb() {
        return Fixtures.knowledgeBase("fixture").toString();
    }

    @Test
    void listFiltersAndCounts() {
        CliRun run = CliRun.of("kb", "list", "--kb", fixtureKb(), "--severity", "high");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("URK-2026-9001"), run.out());
        assertFalse(run.out().contains("URK-2026-9002"), "medium is below high: " + run.out());
        assertTrue(run.out().contains("1 of 2 entries"), run.out());
        CliRun json = CliRun.of("kb", "list", "--kb", fixtureKb(), "--kind", "crash", "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"id\" : \"x_URK-2026-9002\""), json.out());
    }

    @Test
    void listOfTheBundledKnowledgeBaseByPackage() {
        CliRun run = CliRun.of("kb", "list", "--kb", "bundled", "--package", "github.com/coder/websocket");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("URK-2026-0001"), run.out());
    }

    @Test
    void showPrintsTheWholeEntry() {
        CliRun run = CliRun.of("kb", "show", "URK-2026-9001", "--kb", fixtureKb());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("affects  Maven:org.fixture:lib-c: introduced 2.0, fixed 2.1"), run.out());
        assertTrue(run.out().contains("FIX: https://example.org/lib-c/pull/2"), run.out());
        CliRun missing = CliRun.of("kb", "show", "URK-2026-0000", "--kb", fixtureKb());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no entry 'URK-2026-0000'"), missing.err());
    }

    @Test
    void lintReportsFileAndField() {
        CliRun ok = CliRun.of("kb", "lint", fixtureKb());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("2 entries, no problems"), ok.out());
        CliRun bad = CliRun.of("kb", "lint", Fixtures.knowledgeBase("bad-range").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(
                bad.err()
                        .contains(
                                "maven/URK-2026-9101.yaml: affected[0].ranges[0].events[1]: 'fixed: 1.5' is not above"),
                bad.err());
        assertFalse(bad.hasStackTrace(), bad.err());
    }

    @Test
    void statsCountByEcosystemKindSeverity() {
        CliRun run = CliRun.of("kb", "stats", "--kb", fixtureKb());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("entries: 2"), run.out());
        assertTrue(run.out().contains("kind: crash 1, leak 1"), run.out());
        assertTrue(run.out().contains("severity: high 1, medium 1"), run.out());
        assertTrue(run.out().contains("verified against tags: not counted (give --clones DIR)"), run.out());
        assertTrue(run.out().contains("per package:\n     2  Maven org.fixture:lib-c\n"), run.out());
    }

    /** The fixture's references are example.org URLs, so with an empty clones folder nothing can be checked. */
    @Test
    void verifyCountsWhatItCouldNotCheckAndRefusesAMissingClonesFolder() throws Exception {
        CliRun run = CliRun.of("kb", "verify", "--clones", tmp.toString(), fixtureKb());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out().contains("2 entries: 0 verified against tags, 0 with problems (0), 2 not checked"),
                run.out());
        CliRun missing =
                CliRun.of("kb", "verify", "--clones", tmp.resolve("nope").toString(), fixtureKb());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("--clones " + tmp.resolve("nope") + " is not a folder"), missing.err());
        assertFalse(missing.hasStackTrace());
    }

    @Test
    void exportWritesOneOsvFilePerEntry() throws Exception {
        Path out = tmp.resolve("osv");
        CliRun run = CliRun.of("kb", "export", "--format", "osv", "--output", out.toString(), "--kb", fixtureKb());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count());
        }
        assertTrue(Files.readString(out.resolve("x_URK-2026-9001.json")).contains("\"kind\" : \"leak\""));
    }

    @Test
    void scanWithOsvAdvisoriesReportsBothSources() throws Exception {
        CliRun run = CliRun.of(
                "scan",
                Fixtures.project("affected").toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "--kb",
                fixtureKb(),
                "--kb-osv",
                Fixtures.resource("osv/fixture").toString(),
                "--format",
                "json");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"rule\" : \"known-vulnerability\""), run.out());
        assertTrue(run.out().contains("\"source\" : \"osv\""), run.out());
        assertTrue(run.out().contains("\"source\" : \"knowledge-base\""), run.out());
        assertTrue(run.out().contains("\"aliases\" : [\n          \"CVE-2026-99999\"\n        ]"), run.out());
    }

    @Test
    void hostileAdvisoryTextStaysInertInTheTerminalReport() throws Exception {
        CliRun run = CliRun.of(
                "scan",
                Fixtures.project("affected").toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "--kb",
                fixtureKb(),
                "--kb-osv",
                Fixtures.resource("osv/hostile").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("GHSA-host-ile0-"), run.out());
        for (char c : new char[] {'\u001b', '\u0007', '\u009b', '\u202e'}) {
            assertFalse(
                    run.out().indexOf(c) >= 0,
                    "control character U+" + Integer.toHexString(c) + " reached the terminal");
        }
        CliRun show = CliRun.of(
                "kb",
                "list",
                "--kb",
                fixtureKb(),
                "--kb-osv",
                Fixtures.resource("osv/hostile").toString());
        assertFalse(show.out().indexOf('\u001b') >= 0, show.out());
    }

    @Test
    void hostileAdvisoryTextStaysInertInMarkdown() throws Exception {
        CliRun run = CliRun.of(
                "scan",
                Fixtures.project("affected").toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "--kb",
                fixtureKb(),
                "--kb-osv",
                Fixtures.resource("osv/hostile").toString(),
                "--format",
                "markdown");
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.out().contains("<script>"), run.out());
        assertTrue(run.out().contains("\\<script\\>"), run.out());
        assertFalse(run.out().contains("@mention"), "a zero-width joiner breaks @mentions: " + run.out());
        assertTrue(run.out().contains("\\| pipe"), "pipes cannot break the table: " + run.out());
        assertFalse(run.out().indexOf('\u001b') >= 0);
    }

    @Test
    void updateFromGitThenScanNamesTheCommit() throws Exception {
        Path repo = tmp.resolve("kb-repo");
        String commit;
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Path entry = repo.resolve("knowledge-base/entries/maven/URK-2026-9001.yaml");
            Files.createDirectories(entry.getParent());
            Files.copy(Fixtures.knowledgeBase("fixture").resolve("maven/URK-2026-9001.yaml"), entry);
            git.add().addFilepattern(".").call();
            commit = git.commit()
                    .setMessage("kb")
                    .setAuthor("kb", "kb@example.org")
                    .setSign(false)
                    .call()
                    .name();
        }
        Path cache = tmp.resolve("cache");
        CliRun update = CliRun.of("kb", "update", "--from", repo.toString(), "--kb-cache", cache.toString());
        assertEquals(0, update.exitCode(), update.err());
        assertTrue(update.out().contains("knowledge base now at " + commit), update.out());

        CliRun scan = CliRun.of(
                "scan",
                Fixtures.project("affected").toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "--kb-cache",
                cache.toString());
        assertEquals(1, scan.exitCode(), scan.err());
        assertTrue(scan.out().contains("knowledge base: git " + repo + " @ " + commit + " (1 entries)"), scan.out());

        CliRun pinned = CliRun.of(
                "scan",
                Fixtures.project("affected").toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "--kb-cache",
                cache.toString(),
                "--kb-ref",
                "deadbeef");
        assertEquals(2, pinned.exitCode(), pinned.out());
        assertTrue(pinned.err().contains("--kb-ref deadbeef: no such commit"), pinned.err());
    }
}
