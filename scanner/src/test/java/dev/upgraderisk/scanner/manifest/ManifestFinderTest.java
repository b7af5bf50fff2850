package dev.upgraderisk.scanner.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFinderTest {
    @TempDir
    Path tmp;

    private List<String> found() throws Exception {
        return ManifestFinder.find(tmp).stream().map(Manifest::relativePath).toList();
    }

    private void write(String path) throws Exception {
        Path file = tmp.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");
    }

    /** npm installs from npm-shrinkwrap.json and ignores a package-lock.json beside it. */
    @Test
    void aShrinkwrapHidesThePackageLockBesideIt() throws Exception {
        write("app/npm-shrinkwrap.json");
        write("app/package-lock.json");
        write("other/package-lock.json");
        assertEquals(List.of("app/npm-shrinkwrap.json", "other/package-lock.json"), found());
    }

    @Test
    void skippedFoldersAreNotSearched() throws Exception {
        write("package-lock.json");
        write("node_modules/dep/package-lock.json");
        write("src/test/fixture/package-lock.json");
        write(".cache/package-lock.json");
        assertEquals(List.of("package-lock.json"), found());
    }
}
