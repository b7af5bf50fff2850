package dev.upgraderisk.scanner.golang;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.scanner.api.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads go.sum lines {@code path version[/go.mod] hash}. Lines that hash only a {@code go.mod} name modules whose
 * requirements were read but whose code was not needed; they are skipped.
 */
final class GoSumReader {
    private GoSumReader() {}

    static List<GoSumEntry> read(Path file, String name) throws InputException {
        String text = GoModReader.readText(file, name);
        List<GoSumEntry> out = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String[] f = line.split("\\s+");
            if (f.length != 3 || !f[2].contains(":")) {
                throw new InputException(
                        name + ":" + (i + 1) + ": not a go.sum line (want: path version hash)",
                        "restore go.sum with `go mod tidy`");
            }
            if (f[1].endsWith("/go.mod")) continue;
            if (!f[1].startsWith("v") || !parses(f[1])) {
                throw new InputException(
                        name + ":" + (i + 1) + ": invalid version '" + f[1] + "' (Go versions look like" + " v1.2.3)",
                        "restore go.sum with `go mod tidy`");
            }
            out.add(new GoSumEntry(f[0], f[1], i + 1));
        }
        return out;
    }

    private static boolean parses(String version) {
        try {
            Ecosystem.GO.versionScheme().parse(version);
            return true;
        } catch (InvalidVersionException e) {
            return false;
        }
    }
}
