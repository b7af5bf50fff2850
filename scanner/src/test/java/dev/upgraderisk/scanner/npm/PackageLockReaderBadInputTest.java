package dev.upgraderisk.scanner.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.api.InputException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad lockfiles are input errors whose message starts with {@code manifestPath:line:column: } (where a position is
 * known), says what is wrong, and comes with a hint that says what to do.
 */
class PackageLockReaderBadInputTest {
    @TempDir
    Path tmp;

    private static InputException failure(String scenario) {
        InputException e = assertThrows(InputException.class, () -> NpmScenarios.read(scenario));
        assertFalse(e.hint() == null || e.hint().isBlank(), "a hint says what to do");
        return e;
    }

    private static void assertStarts(String expectedStart, InputException e) {
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void notJsonNamesLineAndColumnFromTheParser() {
        InputException e = failure("not-json");
        assertStarts("not-json/package-lock.json:5:11: not valid JSON: Unexpected character ('n'", e);
        assertTrue(e.hint().contains("npm install --package-lock-only"), e.hint());
    }

    @Test
    void truncatedJsonSaysItEndsTooEarly() {
        assertStarts(
                "truncated/package-lock.json:10:1: the JSON ends too early (is the file truncated?): ",
                failure("truncated"));
    }

    @Test
    void emptyFileIsNotALockfile() {
        assertEquals(
                "empty-file/package-lock.json:1:1: the file is empty; expected a JSON object",
                failure("empty-file").getMessage());
    }

    @Test
    void topLevelValueMustBeAnObject() {
        assertEquals(
                "not-an-object/package-lock.json:1:1: expected a JSON object at the top of the file, found an "
                        + "array",
                failure("not-an-object").getMessage());
    }

    @Test
    void unknownLockfileVersionNamesTheSupportedOnes() {
        InputException e = failure("unknown-lockfile-version");
        assertEquals(
                "unknown-lockfile-version/package-lock.json:3:22: lockfileVersion 4 is not supported; "
                        + "supported: 1, 2, 3",
                e.getMessage());
        assertTrue(e.hint().contains("--lockfile-version 3"), e.hint());
    }

    @Test
    void packagesEntryThatIsNotAnObjectIsLocated() {
        assertEquals(
                "entry-not-object/package-lock.json:11:23: `packages` entry 'node_modules/b' is not an object "
                        + "(found a string)",
                failure("entry-not-object").getMessage());
    }

    @Test
    void nestedV1DependencyThatIsNotAnObjectIsLocated() {
        assertEquals(
                "v1-entry-not-object/package-lock.json:9:14: `dependencies` entry "
                        + "'node_modules/a/node_modules/b' is not an object (found an array)",
                failure("v1-entry-not-object").getMessage());
    }

    @Test
    void lockfileVersionThatIsNotANumberIsRefused() throws Exception {
        Path lock = tmp.resolve("package-lock.json");
        Files.writeString(lock, "{\n  \"lockfileVersion\": \"3\"\n}\n");
        InputException e = assertThrows(InputException.class, () -> new PackageLockReader().read(lock, "x/lock"));
        assertEquals("x/lock:2:22: lockfileVersion \"3\" is not supported; supported: 1, 2, 3", e.getMessage());
    }

    @Test
    void missingFileIsAnInputError() {
        InputException e = assertThrows(
                InputException.class, () -> new PackageLockReader().read(tmp.resolve("absent.json"), "absent.json"));
        assertEquals("absent.json: file not found", e.getMessage());
    }

    @Test
    void filesOver256MiBAreRefusedBeforeReading() throws Exception {
        Path lock = tmp.resolve("package-lock.json");
        try (RandomAccessFile file = new RandomAccessFile(lock.toFile(), "rw")) {
            file.setLength(256L * 1024 * 1024 + 1); // sparse: nothing is written
        }
        InputException e = assertThrows(InputException.class, () -> new PackageLockReader().read(lock, "big/lock"));
        assertEquals("big/lock: the file is 256.0 MiB; files over 256 MiB are not read", e.getMessage());
        assertTrue(e.hint().contains("not supported"), e.hint());
    }
}
