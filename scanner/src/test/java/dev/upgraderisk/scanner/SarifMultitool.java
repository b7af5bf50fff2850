package dev.upgraderisk.scanner;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Microsoft's SARIF Multitool (npm {@code @microsoft/sarif-multitool}, its Linux binary), which checks what GitHub code
 * scanning requires. {@code SARIF_MULTITOOL} names the binary ({@code .ci/run} installs it). Where it is missing the
 * test is skipped with a message, unless {@code UPGRADE_RISK_REQUIRE_SARIF_MULTITOOL} is set: then it fails.
 */
public final class SarifMultitool {
    private static final String BINARY = System.getenv().getOrDefault("SARIF_MULTITOOL", "");

    private SarifMultitool() {}

    /** What the tool printed about {@code sarif} with the GitHub and SARIF rule sets: its errors and warnings. */
    public static List<String> problems(Path sarif, Path tmp) throws IOException, InterruptedException {
        if (BINARY.isEmpty() || !Files.isExecutable(Path.of(BINARY))) {
            if (System.getenv("UPGRADE_RISK_REQUIRE_SARIF_MULTITOOL") != null) {
                fail("UPGRADE_RISK_REQUIRE_SARIF_MULTITOOL is set but SARIF_MULTITOOL ('" + BINARY
                        + "') is not an executable (npm install @microsoft/sarif-multitool)");
            }
            Assumptions.abort("SKIPPED: no SARIF Multitool (set SARIF_MULTITOOL to its Linux binary)");
        }
        Path log = tmp.resolve("multitool.txt");
        Process p = new ProcessBuilder(BINARY, "validate", "--rule-kind", "Gh;Sarif", sarif.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the SARIF Multitool did not finish in 180 s");
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (!out.contains("Analysis completed successfully")) fail("the SARIF Multitool failed:\n" + out);
        return out.lines()
                .filter(l -> l.contains(": error ") || l.contains(": warning "))
                .toList();
    }
}
