package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.manifest.Manifest;
import dev.upgraderisk.scanner.manifest.ManifestFinder;
import dev.upgraderisk.scanner.manifest.ManifestKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one scan reads: the manifests under a folder (all supported ones), one manifest file, or the file that
 * {@code --manifest} picks. {@code root} is the folder that report paths are relative to.
 */
record ManifestSelection(Path root, List<Manifest> manifests) {
    static ManifestSelection of(Path target, Optional<Path> picked) throws InputException {
        if (!Files.exists(target)) {
            throw new InputException(target + ": no such file or folder", "give a project folder or a manifest file");
        }
        Path root = (Files.isDirectory(target)
                        ? target
                        : target.toAbsolutePath().getParent())
                .toAbsolutePath()
                .normalize();
        if (picked.isPresent() || !Files.isDirectory(target)) {
            Path file = picked.map(p -> p.isAbsolute() || Files.exists(p) ? p : root.resolve(p))
                    .orElse(target)
                    .toAbsolutePath()
                    .normalize();
            if (!Files.isRegularFile(file)) {
                throw new InputException(file + ": no such manifest file", "give --manifest an existing file");
            }
            ManifestKind kind = ManifestKind.of(file)
                    .or(() -> file.getFileName().toString().endsWith(".xml")
                            ? Optional.of(ManifestKind.MAVEN_POM)
                            : Optional.empty())
                    // a JSON SBOM of any name: the reader tells CycloneDX and SPDX apart by content
                    .or(() -> file.getFileName().toString().endsWith(".json")
                            ? Optional.of(ManifestKind.CYCLONEDX_JSON)
                            : Optional.empty())
                    .orElseThrow(() -> new InputException(
                            file + ": not a manifest this tool reads", "supported: " + ManifestKind.supported()));
            Path base = file.startsWith(root) ? root : file.getParent();
            return checked(new ManifestSelection(
                    base,
                    List.of(new Manifest(file, base.relativize(file).toString().replace('\\', '/'), kind))));
        }
        List<Manifest> found;
        try {
            found = ManifestFinder.find(root);
        } catch (IOException e) {
            throw new InputException(root + ": cannot read the folder: " + e.getMessage(), "check its permissions");
        }
        if (found.isEmpty()) {
            throw new InputException(
                    target + ": no supported manifest in this folder or below",
                    "supported: " + ManifestKind.supported() + "; or give --manifest FILE");
        }
        return checked(new ManifestSelection(root, found));
    }

    /** Refuses, before anything is read, a manifest larger than its kind allows. */
    private static ManifestSelection checked(ManifestSelection selection) throws InputException {
        for (Manifest m : selection.manifests()) {
            long size;
            try {
                size = Files.size(m.file());
            } catch (IOException e) {
                throw new InputException(
                        m.relativePath() + ": cannot read: " + e.getMessage(), "check that the file is readable");
            }
            if (size > m.kind().maxBytes()) {
                throw new InputException(
                        String.format(
                                Locale.ROOT,
                                "%s: the file is %.1f MiB; %s files over %d MiB" + " are not read",
                                m.relativePath(),
                                size / (1024.0 * 1024.0),
                                m.kind().fileName(),
                                m.kind().maxBytes() >> 20),
                        "check that this is the manifest you meant; no real one is this large");
            }
        }
        return selection;
    }
}
