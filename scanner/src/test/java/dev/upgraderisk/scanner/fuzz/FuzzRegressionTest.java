package dev.upgraderisk.scanner.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.upgraderisk.scanner.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs the fuzzer once broke a parser with ({@code src/test/resources/fuzz-regressions/<TARGET>/}), kept so
 * the bug stays fixed: each must now be read or refused with the parser's user-facing error.
 */
class FuzzRegressionTest {
    @TempDir
    Path tmp;

    static List<Path> inputs() throws Exception {
        try (Stream<Path> files = Files.walk(Fixtures.resource("fuzz-regressions"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void aFormerCrashIsNowAnAnswer(Path input) throws Exception {
        FuzzTarget target = FuzzTarget.valueOf(input.getParent().getFileName().toString());
        try {
            target.feed(Files.createDirectories(tmp.resolve("in")), Files.readAllBytes(input));
        } catch (Exception e) {
            if (!FuzzTarget.isRefusal(e)) fail(input.getFileName() + " still fails with " + e, e);
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "the refusal says why");
        }
    }
}
