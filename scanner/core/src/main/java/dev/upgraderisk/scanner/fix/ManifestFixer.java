package dev.upgraderisk.scanner.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.api.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns changes into edited manifest texts (format-preserving: see {@link PomEditor}, {@link GoModEditor}) and
 * their unified diffs. Reads files, writes nothing: {@link ManifestWriter} does that.
 */
public final class ManifestFixer {
    private ManifestFixer() {}

    /** Applies every change to the files under {@code root} in memory. */
    public static FixProposal propose(Path root, List<BuildChange> changes) throws InputException {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        List<String> commands = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (BuildChange change : changes) {
            if (change instanceof BuildChange.NpmInstall npm) {
                Path dir = Path.of(npm.file()).getParent();
                commands.add((dir == null ? "" : "(cd " + dir + " && ") + npm.snippet() + (dir == null ? "" : ")"));
                continue;
            }
            String file = change.file();
            if (!before.containsKey(file)) {
                String text = read(root, file);
                before.put(file, text);
                after.put(file, text);
            }
            String current = after.get(file);
            String edited = change instanceof BuildChange.SetRequire r
                    ? GoModEditor.apply(current, r)
                    : new PomEditor(file).apply(current, change);
            after.put(file, edited);
            if (change instanceof BuildChange.SetRequire && !notes.contains(tidy(file))) notes.add(tidy(file));
        }
        List<FileEdit> edits = new ArrayList<>();
        for (String file : before.keySet()) {
            if (before.get(file).equals(after.get(file))) continue;
            edits.add(new FileEdit(
                    file, before.get(file), after.get(file), diff(file, before.get(file), after.get(file))));
        }
        return new FixProposal(changes, edits, commands, notes);
    }

    private static String tidy(String gomod) {
        Path dir = Path.of(gomod).getParent();
        return "run go mod tidy" + (dir == null ? "" : " in " + dir) + " to update go.sum";
    }

    static String diff(String file, String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("a/" + file, "b/" + file, a, DiffUtils.diff(a, b), 3);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static String read(Path root, String file) throws InputException {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), "check the file");
        }
    }
}
