package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InternalErrorReportTest {
    @TempDir
    Path tmp;

    private static IllegalStateException failure() {
        return new IllegalStateException("Unsupported policy:\n  nothing", new IllegalArgumentException("root cause"));
    }

    @Test
    void oneLineSaysWhatFailedAndTheTraceGoesToANamedFile() throws Exception {
        StringWriter err = new StringWriter();
        InternalErrorReport.print(failure(), "upgrade-risk scan", false, tmp, new PrintWriter(err, true));
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("internal error in upgrade-risk "), lines.get(0));
        assertTrue(
                lines.get(0)
                        .endsWith("(upgrade-risk scan): java.lang.IllegalStateException: Unsupported policy:"
                                + " nothing"),
                lines.get(0));
        assertFalse(err.toString().contains("\tat "), "no stack frames on the terminal");
        List<Path> files;
        try (var s = Files.list(tmp)) {
            files = s.toList();
        }
        assertEquals(1, files.size());
        assertTrue(lines.get(1).contains(files.get(0).toString()), lines.get(1));
        String trace = Files.readString(files.get(0));
        assertTrue(trace.contains("\tat dev.upgraderisk.scanner.cli.InternalErrorReportTest.failure"), trace);
        assertTrue(trace.contains("Caused by: java.lang.IllegalArgumentException: root cause"), trace);
    }

    @Test
    void debugPrintsTheTraceAndWritesNoFile() throws Exception {
        StringWriter err = new StringWriter();
        InternalErrorReport.print(failure(), "upgrade-risk scan", true, tmp, new PrintWriter(err, true));
        assertTrue(err.toString().contains("\tat dev.upgraderisk.scanner.cli.InternalErrorReportTest.failure"));
        try (var s = Files.list(tmp)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void debugIsAcceptedAfterASubcommand() {
        CliRun run = CliRun.of("kb", "stats", "--debug");
        assertEquals(0, run.exitCode(), run.err());
    }
}
