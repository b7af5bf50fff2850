package dev.upgraderisk.scanner.manifest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds every supported manifest under a folder. Skips what is built, downloaded or test data rather than the
 * project's own: {@code node_modules}, {@code target}, {@code build}, {@code vendor}, {@code testdata}, hidden
 * folders such as {@code .git}, and {@code src/test} / {@code src/it} (fixtures of tests). A package-lock.json beside an
 * npm-shrinkwrap.json is left out, as npm leaves it out.
 */
public final class ManifestFinder {
    private static final Set<String> SKIPPED = Set.of("node_modules", "target", "build", "vendor", "testdata");
    private static final int MAX_DEPTH = 24;

    private ManifestFinder() {}

    public static List<Manifest> find(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        List<Manifest> out = new ArrayList<>();
        Files.walkFileTree(base, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(base)) return FileVisitResult.CONTINUE;
                String name = dir.getFileName().toString();
                if (SKIPPED.contains(name) || name.startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                if ((name.equals("test") || name.equals("it"))
                        && dir.getParent().getFileName() != null
                        && dir.getParent().getFileName().toString().equals("src")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    ManifestKind.of(file).ifPresent(k -> out.add(new Manifest(file, relative(base, file), k)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // unreadable folders are not ours to judge; the rest is scanned
            }
        });
        // npm reads npm-shrinkwrap.json and ignores package-lock.json beside it
        out.removeIf(m -> m.kind() == ManifestKind.NPM_LOCK
                && Files.isRegularFile(m.file().resolveSibling(ManifestKind.NPM_SHRINKWRAP.fileName())));
        out.sort(Comparator.comparingInt((Manifest m) -> m.relativePath().split("/").length)
                .thenComparing(Manifest::relativePath));
        return out;
    }

    /** True when a folder on this relative path ({@code a/src/test/pom.xml}) is one a folder scan skips. */
    public static boolean inSkippedFolder(String relativePath) {
        String[] parts = relativePath.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            String name = parts[i];
            if (SKIPPED.contains(name) || name.startsWith(".")) return true;
            if ((name.equals("test") || name.equals("it")) && i > 0 && parts[i - 1].equals("src")) return true;
        }
        return false;
    }

    static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}
