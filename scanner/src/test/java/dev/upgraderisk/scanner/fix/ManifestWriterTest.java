package dev.upgraderisk.scanner.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.api.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All or none: a text that would not parse stops the fix before any file is written. */
class ManifestWriterTest {
    @TempDir
    Path tmp;

    @Test
    void aFileThatWouldNotParseLeavesEveryFileAsItWas() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "old a");
        Files.writeString(tmp.resolve("b.txt"), "old b");
        List<FileEdit> edits =
                List.of(new FileEdit("a.txt", "old a", "new a", ""), new FileEdit("b.txt", "old b", "broken", ""));
        InputException e = assertThrows(
                InputException.class,
                () -> ManifestWriter.write(tmp, edits, (file, content) -> {
                    if (content.equals("broken")) throw new InputException(file + ":1: does not parse", "x");
                }));
        assertEquals("b.txt:1: does not parse", e.getMessage());
        assertEquals(Map.of("a.txt", "old a", "b.txt", "old b"), FixTestFiles.snapshot(tmp));
    }

    @Test
    void writesEveryFileAndLeavesNoTemporaryFile() throws Exception {
        Files.createDirectories(tmp.resolve("m"));
        Files.writeString(tmp.resolve("pom.xml"), "old");
        Files.writeString(tmp.resolve("m/pom.xml"), "old");
        ManifestWriter.write(
                tmp,
                List.of(new FileEdit("pom.xml", "old", "new", ""), new FileEdit("m/pom.xml", "old", "new m", "")),
                (file, content) -> {});
        assertEquals(Map.of("pom.xml", "new", "m/pom.xml", "new m"), FixTestFiles.snapshot(tmp));
        assertTrue(FixTestFiles.snapshot(tmp).keySet().stream().noneMatch(f -> f.contains(".upgrade-risk-fix-")));
    }
}
