package dev.upgraderisk.scanner.npm;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus beside the clone ({@code -Dupgrade-risk.shared}, default {@code ../shared}). Tests that read it
 * skip with a visible message when it is absent (a fresh clone has none); files are read in place, never copied.
 */
final class SharedFolder {
    private SharedFolder() {
    }

    static Path corpus() {
        String configured = System.getProperty("upgrade-risk.shared", "../shared");
        Path root = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("corpus"))) {
            String message = "SKIPPED: the shared corpus is not at " + root + " (set -Dupgrade-risk.shared=DIR)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        return root.resolve("corpus");
    }
}
