package dev.upgraderisk.scanner.manifest;

import java.nio.file.Path;

/** A manifest found under the scanned root: the file, its path relative to the root, and its kind. */
public record Manifest(Path file, String relativePath, ManifestKind kind) {}
