package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upgrade-risk fix} on the command line, against the fixture repository and knowledge base. */
class FixCommandTest {
    @TempDir
    Path tmp;

    private Path copyOfAffected() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("affected"));
        Files.copy(Fixtures.project("affected").resolve("pom.xml"), project.resolve("pom.xml"));
        return project;
    }

    private CliRun fix(Path project, String... extra) throws Exception {
        String[] base = {
            "fix",
            project.toString(),
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
    void dryRunPrintsTheDiffAndChangesNothing() throws Exception {
        Path project = copyOfAffected();
        String before = Files.readString(project.resolve("pom.xml"));
        CliRun run = fix(project, "--dry-run");
        assertEquals(1, run.exitCode(), "nothing was changed, so the failing finding is still there: " + run.err());
        assertEquals(before, Files.readString(project.resolve("pom.xml")));
        assertTrue(run.out().startsWith("--- a/pom.xml\n+++ b/pom.xml\n@@ "), run.out());
        assertTrue(run.out().contains("\n+      <version>3.0</version>\n"), run.out());
        assertTrue(run.out().contains("dry run: no file was changed"), run.out());
    }

    @Test
    void fixEditsTheVersionLineAndTheScanAfterHasNoFinding() throws Exception {
        Path project = copyOfAffected();
        String before = Files.readString(project.resolve("pom.xml"));
        CliRun run = fix(project);
        assertEquals(0, run.exitCode(), run.err());
        String line11 = before.lines().toList().get(10);
        assertEquals(
                before.replace(line11, line11.replace("2.0", "3.0")), Files.readString(project.resolve("pom.xml")));
        assertTrue(run.out().contains("1 finding(s) gone, 0 remaining"), run.out());
        assertTrue(run.out().contains("gone:      pom.xml: org.fixture:lib-c 2.0 URK-2026-9001"), run.out());
    }

    /** lib-b has no unaffected release: the fix moves lib-c, and the run still fails on what it could not end. */
    @Test
    void whatNoUpgradeEndsKeepsTheExitCodeAtOne() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("plan"));
        Files.copy(Fixtures.project("plan").resolve("pom.xml"), project.resolve("pom.xml"));
        Files.copy(Fixtures.project("plan").resolve("upgrade-risk.yaml"), project.resolve("upgrade-risk.yaml"));
        CliRun run = CliRun.of(
                "fix",
                project.toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "--kb",
                Fixtures.knowledgeBase("plan").toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(Files.readString(project.resolve("pom.xml")).contains("<version>3.0</version>"), run.out());
        assertTrue(run.out().contains("URK-2026-9005"), run.out());
    }
}
