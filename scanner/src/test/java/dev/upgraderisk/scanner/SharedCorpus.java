package dev.upgraderisk.scanner;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real-world corpus in {@code ../shared} beside the clone ({@code -Dupgrade-risk.shared=DIR}). Tests that read it
 * skip with a visible message when it is absent (a fresh clone has none); files are read in place, never copied.
 */
public final class SharedCorpus {
    private SharedCorpus() {}

    /** {@code path} inside the shared folder ({@code corpus/go/tailscale}); skips the calling test when absent. */
    public static Path resolve(String path) {
        Path root = Path.of(System.getProperty("upgrade-risk.shared", "../shared"))
                .toAbsolutePath()
                .normalize();
        Path p = root.resolve(path);
        if (!Files.exists(p)) {
            String message = "SKIPPED: the shared corpus is not at " + root + " (set -Dupgrade-risk.shared=DIR)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        return p;
    }
}
