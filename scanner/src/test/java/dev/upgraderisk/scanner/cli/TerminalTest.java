package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.cli.TerminalOptions.When;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour and progress decisions, and what each writes. */
class TerminalTest {
    @TempDir
    Path tmp;

    @Test
    void colourOnATerminalUnlessNoColorOrDumb() {
        assertTrue(TerminalOptions.colour(When.auto, Map.of(), true));
        assertFalse(TerminalOptions.colour(When.auto, Map.of(), false), "not when piped");
        assertFalse(TerminalOptions.colour(When.auto, Map.of("NO_COLOR", "1"), true));
        assertTrue(TerminalOptions.colour(When.auto, Map.of("NO_COLOR", ""), true), "an empty NO_COLOR does not count");
        assertFalse(TerminalOptions.colour(When.auto, Map.of("TERM", "dumb"), true));
        assertTrue(TerminalOptions.colour(When.always, Map.of("NO_COLOR", "1"), false), "--color always decides");
        assertFalse(TerminalOptions.colour(When.never, Map.of(), true));
    }

    @Test
    void progressOnlyOnATerminalOutsideCi() {
        assertTrue(TerminalOptions.progress(false, Map.of(), true));
        assertFalse(TerminalOptions.progress(false, Map.of("CI", "true"), true));
        assertFalse(TerminalOptions.progress(false, Map.of(), false));
        assertFalse(TerminalOptions.progress(true, Map.of(), true));
    }

    @Test
    void colouredReportHasTheSameWordsAsThePlainOne() throws Exception {
        String[] base = {
            "scan",
            Fixtures.project("affected").toString(),
            "--settings",
            Fixtures.settings(tmp).toString(),
            "--kb",
            Fixtures.knowledgeBase("fixture").toString(),
            "--color"
        };
        CliRun plain = CliRun.of(concat(base, "never"));
        CliRun coloured = CliRun.of(concat(base, "always"));
        assertFalse(plain.out().contains("\u001b"), plain.out());
        assertTrue(
                coloured.out().contains("\u001b[1;31m1 finding, 1 failing the threshold 'low'.\u001b[0m"),
                coloured.out());
        assertTrue(coloured.out().contains("\u001b[1;31mhigh\u001b[0m"), "severity in red: " + coloured.out());
        assertEquals(plain.out(), coloured.out().replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @Test
    void colourNeverReachesAFile() throws Exception {
        Path out = tmp.resolve("r.txt");
        CliRun run = CliRun.of(
                "scan",
                Fixtures.project("affected").toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "--kb",
                Fixtures.knowledgeBase("fixture").toString(),
                "--color",
                "always",
                "--output",
                out.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(Files.readString(out).contains("\u001b"));
    }

    @Test
    void progressLineAppearsAfterTheDelayAndIsErasedAtTheEnd() throws Exception {
        StringWriter err = new StringWriter();
        try (TerminalProgress progress =
                new TerminalProgress(new PrintWriter(err), Duration.ZERO, Duration.ofMillis(5))) {
            progress.resolved("org.fixture:lib-a:pom:1.0", true);
            progress.resolved("org.fixture:lib-c:jar:2.0", false);
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!err.toString().contains("resolving: 2 artifacts, 1 downloaded  org.fixture:lib-c:jar:2.0")
                    && System.nanoTime() < until) {
                Thread.sleep(5);
            }
        }
        assertTrue(
                err.toString().contains("\rresolving: 2 artifacts, 1 downloaded  org.fixture:lib-c:jar:2.0\u001b[K"),
                err.toString());
        assertTrue(err.toString().endsWith("\r\u001b[K"), "the line is erased when resolving ends");
    }

    @Test
    void aQuickResolutionShowsNoProgress() {
        StringWriter err = new StringWriter();
        try (TerminalProgress progress =
                new TerminalProgress(new PrintWriter(err), Duration.ofHours(1), Duration.ofMillis(5))) {
            progress.resolved("org.fixture:lib-a:pom:1.0", true);
        }
        assertEquals("", err.toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
