package dev.upgraderisk.scanner.manifest;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import java.nio.file.Path;

/**
 * Reads one manifest whose dependency graph is written down in the file itself (go.mod, package-lock.json,
 * gradle.lockfile, ...): no network, no resolution. One implementation per file format.
 */
public interface LockfileReader {
    /**
     * @param file the manifest to read
     * @param manifestPath its path relative to the scanned root, with forward slashes (reports and errors use it)
     * @throws InputException when the file is malformed: the message starts with {@code manifestPath:line[:column]: }
     */
    DependencyGraph read(Path file, String manifestPath) throws InputException;
}
