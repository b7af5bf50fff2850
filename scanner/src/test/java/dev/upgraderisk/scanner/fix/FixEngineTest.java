package dev.upgraderisk.scanner.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.engine.FixEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.maven.MavenOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fix} on go.mod and npm projects, offline (advice from the bundled knowledge base's fixed versions): the
 * require line changes and nothing else; npm gets a command and no file is touched.
 */
class FixEngineTest {
    @TempDir
    Path tmp;

    private ScanRequest offline(Path project) {
        return ScanRequest.of(project)
                .withMaven(MavenOptions.defaults().withOffline(true).withLocalRepository(tmp.resolve("m2")))
                .withKnowledgeBase(new KnowledgeBaseRequest(
                        Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("kb-cache")));
    }

    @Test
    void goModGetsItsRequireLineChangedAndTheFindingGoes() throws Exception {
        Path project = FixTestFiles.copy(Fixtures.resource("fix/go-require-block"), tmp.resolve("go"));
        String before = Files.readString(project.resolve("go.mod"));

        FixOutcome outcome = new FixEngine().fix(offline(project), false);

        BuildChange.SetRequire change =
                (BuildChange.SetRequire) outcome.proposal().changes().get(0);
        assertEquals("nhooyr.io/websocket", change.module());
        assertTrue(change.version().startsWith("v1.8.") && !change.version().equals("v1.8.10"), change.version());
        String expected = before.replace(
                "\tnhooyr.io/websocket v1.8.10 // the version",
                "\tnhooyr.io/websocket " + change.version() + " // the version");
        assertEquals(expected, Files.readString(project.resolve("go.mod")));
        assertTrue(outcome.applied());
        assertEquals(
                List.of("run go mod tidy to update go.sum"), outcome.proposal().notes());
        assertTrue(outcome.gone().stream().anyMatch(f -> f.pkg().pkg().name().equals("nhooyr.io/websocket")));
        // what remains on the module is not a regression: the module moved (renamed-package), whatever its version
        assertEquals(
                List.of(),
                outcome.remaining().stream()
                        .filter(f -> f.pkg().pkg().name().equals("nhooyr.io/websocket"))
                        .filter(f -> !f.ruleId().equals("renamed-package"))
                        .map(f -> f.ruleId() + " " + f.message())
                        .toList());
        assertTrue(outcome.text().contains("-\tnhooyr.io/websocket v1.8.10"), outcome.text());
    }

    @Test
    void npmGetsTheInstallCommandAndNoFileChanges() throws Exception {
        Path project = FixTestFiles.copy(Fixtures.resource("fix/npm-axios"), tmp.resolve("npm"));
        Map<String, String> before = FixTestFiles.snapshot(project);

        FixOutcome outcome = new FixEngine().fix(offline(project), false);

        assertEquals(before, FixTestFiles.snapshot(project));
        assertFalse(outcome.applied());
        assertTrue(outcome.proposal().edits().isEmpty());
        String command = outcome.proposal().commands().get(0);
        assertTrue(command.startsWith("npm install axios@0.21."), command);
        assertFalse(command.equals("npm install axios@0.21.2"), command);
        assertTrue(outcome.text().contains("run:    " + command), outcome.text());
    }

    @Test
    void dryRunOnGoModChangesNothingButPrintsTheDiff() throws Exception {
        Path project = FixTestFiles.copy(Fixtures.resource("fix/go-require-block"), tmp.resolve("go"));
        Map<String, String> before = FixTestFiles.snapshot(project);

        FixOutcome outcome = new FixEngine().fix(offline(project), true);

        assertEquals(before, FixTestFiles.snapshot(project));
        assertFalse(outcome.applied());
        assertTrue(outcome.text().contains("--- a/go.mod\n+++ b/go.mod\n"), outcome.text());
        assertTrue(outcome.text().contains("dry run: no file was changed"), outcome.text());
    }
}
