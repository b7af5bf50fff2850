package dev.upgraderisk.scanner.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real-world corpus in {@code ../shared} beside the clone. Tests that read it skip with a visible message when
 * it is absent (a fresh clone has none).
 */
final class SharedCorpus {
    private SharedCorpus() {
    }

    static Path root() {
        String configured = System.getProperty("upgrade-risk.shared", "../shared");
        Path root = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("corpus"))) {
            String message = "SKIPPED: the shared corpus is not at " + root + " (set -Dupgrade-risk.shared=DIR)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        return root;
    }
}
