package dev.upgraderisk.scanner.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes every parser with mutated real inputs: each input must be read or refused with the parser's own
 * user-facing exception, and never hang (an input still running after {@value #HANG_MS} ms is a hang, far beyond any
 * machine's slowness: speed is measured by {@code bench/fuzz.sh}, not here). {@code -Dupgrade-risk.fuzz.iterations=N} (default 2,000 per
 * parser; {@code bench/fuzz.sh} runs 1,000,000) and {@code -Dupgrade-risk.fuzz.seed=S} make a run; a failure prints
 * the input in base64 and the seed to reproduce it.
 */
class ParserFuzzTest {
    private static final int ITERATIONS = Integer.getInteger("upgrade-risk.fuzz.iterations", 2_000);
    private static final long SEED = Long.getLong("upgrade-risk.fuzz.seed", 20261127L);
    private static final long HANG_MS = 60_000;

    @TempDir
    Path tmp;

    /** Every parser, or those named in {@code -Dupgrade-risk.fuzz.targets=GO_MOD,POLICY} (the bench splits them). */
    static Stream<FuzzTarget> targets() {
        String named = System.getProperty("upgrade-risk.fuzz.targets", "");
        return Arrays.stream(FuzzTarget.values())
                .filter(t -> named.isBlank() || Arrays.asList(named.split(",")).contains(t.name()));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void everyInputIsReadOrRefusedCleanlyAndQuickly(FuzzTarget target) throws Exception {
        Mutator mutator = new Mutator(SEED ^ target.ordinal(), target.seeds(), target.tokens);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-" + target, 8L << 20); // an 8 MiB stack: deep input must not need more
            t.setDaemon(true);
            return t;
        });
        int read = 0;
        int refused = 0;
        try {
            for (int i = 0; i < ITERATIONS; i++) {
                byte[] input = mutator.next();
                Path dir = Files.createDirectories(tmp.resolve(target.name().toLowerCase()));
                Future<Boolean> run = worker.submit(() -> target.feed(dir, input));
                try {
                    if (run.get(HANG_MS, TimeUnit.MILLISECONDS)) refused++;
                    else read++;
                } catch (ExecutionException e) {
                    if (!FuzzTarget.isRefusal(e.getCause())) {
                        fail(
                                target + " input " + i + " (seed " + SEED + ") threw " + e.getCause()
                                        + "\ninput (base64): "
                                        + Base64.getEncoder().encodeToString(input),
                                e.getCause());
                    }
                    refused++;
                } catch (TimeoutException e) {
                    fail(target + " input " + i + " (seed " + SEED + ") still ran after " + HANG_MS
                            + " ms (a hang)\ninput (base64): "
                            + Base64.getEncoder().encodeToString(input));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf(
                "fuzz %s: %d inputs, %d read, %d refused with a message%n", target, ITERATIONS, read, refused);
        assertTrue(read > 0, target + ": no mutated input was read, so the mutations never reach past the first check");
        assertTrue(refused > 0, target + ": no mutated input was refused, so the mutations reach nothing");
    }
}
