package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Renovate as npm installs it, for the tests that run Renovate's own code: the {@code node_modules} folder named by
 * {@code UPGRADE_RISK_RENOVATE}, else the global one ({@code npm root -g}). Without Node or Renovate these tests are
 * skipped with a message; with {@code UPGRADE_RISK_REQUIRE_RENOVATE} set (as {@code .ci/run} sets it after installing
 * Renovate) they fail instead.
 */
final class RenovateInstall {
    private RenovateInstall() {}

    record Run(int exit, String out, String err) {}

    /** The node_modules folder that holds {@code renovate}. */
    static Path modules() {
        String given = System.getenv("UPGRADE_RISK_RENOVATE");
        Path modules = given != null && !given.isBlank() ? Path.of(given) : globalModules();
        if (modules == null || !Files.isRegularFile(modules.resolve("renovate/package.json"))) {
            String message = "SKIPPED: Renovate is not installed (node and `npm install -g renovate@39`, or set"
                    + " UPGRADE_RISK_RENOVATE to a node_modules folder that holds it); looked in " + modules;
            if (System.getenv("UPGRADE_RISK_REQUIRE_RENOVATE") != null) fail(message);
            System.err.println(message);
            Assumptions.abort(message);
        }
        return modules;
    }

    private static Path globalModules() {
        try {
            Run npm = run(List.of("npm", "root", "-g"), null, "");
            return npm.exit() == 0 ? Path.of(npm.out().strip()) : null;
        } catch (IOException e) {
            return null; // no npm on the PATH
        }
    }

    /** Runs {@code node ARGS} with Renovate's modules on NODE_PATH and its log level ({@code info}, {@code fatal}). */
    static Run node(Path modules, String logLevel, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        return run(command, modules, logLevel);
    }

    private static Run run(List<String> command, Path modules, String logLevel) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (modules != null) {
            pb.environment().put("NODE_PATH", modules.toString());
            pb.environment().put("LOG_LEVEL", logLevel);
        }
        Path out = Files.createTempFile("renovate-out", ".txt");
        Path err = Files.createTempFile("renovate-err", ".txt");
        try {
            Process p =
                    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(command + " did not finish in 5 minutes");
            }
            return new Run(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
