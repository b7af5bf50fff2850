package dev.upgraderisk.scanner;

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
 * Debian's Chromium, run headless on a local file: the DOM after the page's script ran, or a screenshot. Where no
 * Chromium is installed the test is skipped with a message, unless {@code UPGRADE_RISK_REQUIRE_BROWSER} is set
 * (as {@code .ci/run} does after installing it): then a missing browser fails the test.
 */
public final class HeadlessChromium {
    private static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private final Path profile;

    private HeadlessChromium(Path profile) {
        this.profile = profile;
    }

    public static HeadlessChromium in(Path tmp) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            if (System.getenv("UPGRADE_RISK_REQUIRE_BROWSER") != null) {
                fail("UPGRADE_RISK_REQUIRE_BROWSER is set but " + BINARY
                        + " is not installed (apt-get install chromium)");
            }
            Assumptions.abort(
                    "SKIPPED: no Chromium at " + BINARY + " (apt-get install chromium to run the browser tests)");
        }
        return new HeadlessChromium(Files.createDirectories(tmp.resolve("chromium-profile")));
    }

    /** The page's DOM once loaded and its script has run, as Chromium serialises it. */
    public String dumpDom(Path page, String fragment) throws IOException, InterruptedException {
        return run(page, fragment, List.of("--dump-dom"));
    }

    /** Renders the page at the given window size into a PNG. */
    public Path screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(
                page,
                "",
                List.of(
                        "--screenshot=" + png.toAbsolutePath(),
                        "--window-size=" + width + "," + height,
                        "--hide-scrollbars"));
        if (!Files.isRegularFile(png)) fail("Chromium wrote no screenshot to " + png);
        return png;
    }

    private String run(Path page, String fragment, List<String> action) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
        cmd.addAll(action);
        cmd.add(page.toAbsolutePath().toUri() + fragment);
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("Chromium did not finish within 90 s: " + Files.readString(err, StandardCharsets.UTF_8));
        }
        if (p.exitValue() != 0) {
            fail("Chromium exited with " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
