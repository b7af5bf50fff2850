package dev.upgraderisk.scanner.options;

import dev.upgraderisk.scanner.api.InputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file whole or not at all, for every front end: the content goes to a sibling temporary file with
 * the umask's permissions, which then replaces the target in one move. A reader never sees half a report.
 */
public final class ReportFile {
    private ReportFile() {}

    /** What writes a report's text onto a writer. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** {@code what} names the report in messages ("the json report"); {@code hint} says where else to write it. */
    public static void write(Path target, String content, String what, String hint) throws InputException {
        write(target, out -> out.write(content), what, hint);
    }

    /** As {@link #write(Path, String, String, String)}, the text written straight into the file as it is made. */
    public static void write(Path target, Content content, String what, String hint) throws InputException {
        Path file = target.toAbsolutePath();
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new InputException(
                        "cannot write " + what + " to " + file + ": " + p + " is a file, not a folder", hint);
            }
        }
        try {
            Files.createDirectories(file.getParent());
            // a sibling with the umask's permissions (createTempFile would make it private to the user)
            Path tmp = file.resolveSibling(
                    "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    content.writeTo(out);
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new InputException(
                    "cannot write " + what + " to " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage(),
                    hint);
        }
    }
}
