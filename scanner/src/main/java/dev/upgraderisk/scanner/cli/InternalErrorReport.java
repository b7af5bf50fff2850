package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.ToolVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What a user sees when upgrade-risk itself fails (exit 4): one line that says what failed and in which version, and
 * where the stack trace was written; {@code --debug} prints the trace instead. Never a screen of frames by default.
 */
final class InternalErrorReport {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private InternalErrorReport() {}

    static void print(Throwable e, String command, boolean debug, Path tempDir, PrintWriter err) {
        String what = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
        String trace = trace(e);
        String head = "internal error in upgrade-risk " + ToolVersion.get() + " (" + command + "): " + what;
        if (debug) {
            err.println(head);
            err.print(trace);
            return;
        }
        Optional<Path> file = write(tempDir, head + "\n" + trace);
        err.println(head);
        err.println(file.map(f -> "the stack trace is in " + f + "; please report this to the upgrade-risk project"
                        + " with that file (or run again with --debug to print it)")
                .orElse("please report this to the upgrade-risk project; run again with --debug to print the stack"
                        + " trace"));
    }

    private static Optional<Path> write(Path tempDir, String text) {
        try {
            Path f = tempDir.resolve("upgrade-risk-internal-error-" + STAMP.format(Instant.now()) + ".txt");
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return Optional.of(f);
        } catch (IOException | RuntimeException ignored) {
            return Optional.empty(); // no writable temp folder: the one-line message still says what failed
        }
    }

    private static String trace(Throwable e) {
        StringWriter s = new StringWriter();
        e.printStackTrace(new PrintWriter(s));
        return s.toString();
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
