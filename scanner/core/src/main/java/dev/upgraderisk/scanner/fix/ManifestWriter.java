package dev.upgraderisk.scanner.fix;

import dev.upgraderisk.scanner.api.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a fix's edited manifests all or none: every new text is first parsed again (a file that would not parse is
 * never written), then written to a temporary file beside its target, and only when all of them are there are they
 * moved over the originals. If a move fails, the files already moved get their old text back.
 */
public final class ManifestWriter {
    /** Parses a manifest's new text as its reader would; throws with the file and line when it would not parse. */
    public interface Check {
        void check(String file, String content) throws InputException;
    }

    private ManifestWriter() {}

    public static void write(Path root, List<FileEdit> edits, Check check) throws InputException {
        for (FileEdit e : edits) {
            check.check(e.file(), e.after());
        }
        Map<FileEdit, Path> temps = new LinkedHashMap<>();
        try {
            for (FileEdit e : edits) {
                Path target = root.resolve(e.file());
                Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".upgrade-risk-fix-", ".tmp");
                temps.put(e, temp);
                Files.writeString(temp, e.after(), StandardCharsets.UTF_8);
            }
            List<FileEdit> moved = new ArrayList<>();
            try {
                for (var t : temps.entrySet()) {
                    move(t.getValue(), root.resolve(t.getKey().file()));
                    moved.add(t.getKey());
                }
            } catch (IOException e) {
                for (FileEdit done : moved) {
                    Files.writeString(root.resolve(done.file()), done.before(), StandardCharsets.UTF_8);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new InputException(
                    "cannot write the fix: " + e.getMessage() + "; no manifest was changed",
                    "check that the project's files can be written");
        } finally {
            for (Path temp : temps.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
