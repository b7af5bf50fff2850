package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several formats in one run: {@code --format} repeated, each with its own {@code --output}, or {@code --output-dir}. */
class ReportOptionsTest {
    @TempDir
    Path tmp;

    private CliRun scan(String... extra) throws Exception {
        return CliRun.of(Stream.concat(
                        Stream.of(
                                "scan",
                                Fixtures.project("affected").toString(),
                                "--settings",
                                Fixtures.settings(tmp).toString(),
                                "--kb",
                                Fixtures.knowledgeBase("fixture").toString()),
                        Stream.of(extra))
                .toArray(String[]::new));
    }

    @Test
    void eachFormatGoesToItsOwnOutput() throws Exception {
        Path json = tmp.resolve("a/r.json");
        Path sarif = tmp.resolve("b/r.sarif");
        CliRun run = scan(
                "--format",
                "json",
                "--output",
                json.toString(),
                "--format",
                "sarif",
                "--output",
                sarif.toString(),
                "--format",
                "text");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(Files.readString(json).contains("\"schemaVersion\""));
        assertTrue(Files.readString(sarif).contains("\"$schema\""));
        assertTrue(run.out().contains("URK-2026-9001  high"), "the one format without a file goes to stdout");
    }

    @Test
    void outputDirTakesEveryFormatWithoutItsOwnFile() throws Exception {
        Path dir = tmp.resolve("reports");
        Path own = tmp.resolve("elsewhere.md");
        CliRun run = scan(
                "--output-dir",
                dir.toString(),
                "--format",
                "json",
                "--format",
                "html",
                "--format",
                "markdown",
                "--output",
                own.toString(),
                "--format",
                "txt");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("report.html", "report.json", "report.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(own).startsWith("### upgrade-risk: "));
        try (Stream<Path> files = Files.list(tmp)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void twoFormatsOnStdoutAreRefusedBeforeScanning() throws Exception {
        CliRun run =
                CliRun.of("scan", tmp.resolve("no-such-folder").toString(), "--format", "json", "--format", "sarif");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("more than one --format would be written to stdout"), run.err());
        assertTrue(
                run.err().contains("hint: give each format its own --output FILE, or use --output-dir DIR"), run.err());
    }

    @Test
    void anUnknownFormatNamesTheChoices() throws Exception {
        CliRun run = scan("--format", "pdf");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format 'pdf' is not a format this command writes"), run.err());
        assertTrue(run.err().contains("use text, json, sarif, markdown, html"), run.err());
        assertFalse(run.hasStackTrace(), run.err());
    }

    @Test
    void diffDoesNotWriteHtml() {
        CliRun run = CliRun.of("diff", "--base", "HEAD", "--path", tmp.toString(), "--format", "html");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("use text, json, markdown"), run.err());
    }

    @Test
    void twoReportsIntoOneFileAreRefused() throws Exception {
        Path same = tmp.resolve("r.out");
        CliRun run =
                scan("--format", "json", "--output", same.toString(), "--format", "sarif", "--output", same.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("two reports would be written to the same file"), run.err());
    }

    @Test
    void anUnwritableOutputIsAnInputErrorAndLeavesNoPartialFile() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("file"), "x");
        CliRun run =
                scan("--format", "json", "--output", blocker.resolve("r.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot write the json report to"), run.err());
        assertFalse(run.hasStackTrace(), run.err());
    }
}
