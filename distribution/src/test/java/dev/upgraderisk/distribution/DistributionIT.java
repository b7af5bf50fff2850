package dev.upgraderisk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: the archives and their checksums as the build wrote them, unpacked with
 * {@code tar} into a temporary folder and run from there (a scan of the bundled example against Maven Central,
 * {@code --version} through a symbolic link, bash completion of the script it ships).
 */
class DistributionIT {
    private static final String VERSION = System.getProperty("upgrade-risk.version");
    private static final Path DIST = Path.of(System.getProperty("upgrade-risk.dist"));
    private static final String NAME = "upgrade-risk-" + VERSION;

    @TempDir
    Path tmp;

    private record Run(int code, String stdout, String stderr) {}

    private static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("dist-out", ".txt");
        Path err = Files.createTempFile("dist-err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        Run r = new Run(code, Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private Path unpacked() throws Exception {
        Run tar =
                run(tmp, Map.of(), "tar", "-xzf", DIST.resolve(NAME + ".tar.gz").toString());
        assertEquals(0, tar.code(), tar.stderr());
        return tmp.resolve(NAME);
    }

    @Test
    void eachArchiveHasAChecksumFileThatSha256sumAccepts() throws Exception {
        for (String archive : List.of(NAME + ".tar.gz", NAME + ".zip")) {
            Path sums = DIST.resolve(archive + ".sha256");
            String expected = sha256(DIST.resolve(archive)) + "  " + archive;
            assertEquals(expected, Files.readString(sums).strip(), sums.toString());
            Run check = run(
                    DIST,
                    Map.of(),
                    "sha256sum",
                    "--check",
                    "--strict",
                    sums.getFileName().toString());
            assertEquals(0, check.code(), check.stdout() + check.stderr());
            assertEquals(archive + ": OK", check.stdout().strip());
        }
    }

    @Test
    void theTarballAndTheZipHoldTheSameFiles() throws Exception {
        Run list =
                run(tmp, Map.of(), "tar", "-tzf", DIST.resolve(NAME + ".tar.gz").toString());
        assertEquals(0, list.code(), list.stderr());
        Set<String> tar =
                list.stdout().lines().filter(l -> !l.endsWith("/")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> zip;
        try (ZipFile z = new ZipFile(DIST.resolve(NAME + ".zip").toFile())) {
            zip = z.stream()
                    .filter(e -> !e.isDirectory())
                    .map(ZipEntry::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(tar, zip);
        for (String file : List.of(
                "bin/upgrade-risk",
                "bin/upgrade-risk.cmd",
                "lib/upgrade-risk.jar",
                "README.md",
                "LICENSE",
                "completion/upgrade-risk.bash",
                "man/man1/upgrade-risk.1",
                "man/man1/upgrade-risk-scan.1")) {
            assertTrue(tar.contains(NAME + "/" + file), "missing " + file + " in " + tar);
        }
    }

    @Test
    void unpackedItScansTheBundledExample() throws Exception {
        Path home = unpacked();
        Path example = Path.of(System.getProperty("upgrade-risk.example"))
                .toAbsolutePath()
                .normalize();
        Path userHome = Files.createDirectories(tmp.resolve("user-home"));
        Path report = tmp.resolve("report.json");
        // the user's settings.xml and caches stay out (user.home); artifacts come from Maven Central through the
        // build's own local repository
        Run scan = run(
                tmp,
                Map.of(
                        "JAVA_OPTS",
                        "-Duser.home=" + userHome,
                        "XDG_CACHE_HOME",
                        tmp.resolve("cache").toString()),
                home.resolve("bin/upgrade-risk").toString(),
                "scan",
                example.toString(),
                "-Dmaven.repo.local=" + System.getProperty("upgrade-risk.local-repo"),
                "--no-progress",
                "--format",
                "text",
                "--format",
                "json",
                "--output",
                report.toString());
        assertEquals(1, scan.code(), "findings exit with 1\n" + scan.stdout() + scan.stderr());
        assertTrue(scan.stdout().contains("com.squareup.okhttp3:okhttp"), scan.stdout());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(VERSION, json.path("tool").path("version").asText());
        boolean okhttp = false;
        for (JsonNode f : json.path("findings")) {
            okhttp |= f.path("package").path("name").asText().equals("com.squareup.okhttp3:okhttp")
                    && f.path("package").path("version").asText().equals("4.3.0");
        }
        assertTrue(okhttp, "okhttp 4.3.0 is found in the example: " + json.path("findings"));
    }

    @Test
    void itRunsThroughASymbolicLinkAndTellsItsVersion() throws Exception {
        Path home = unpacked();
        Path link = Files.createSymbolicLink(
                Files.createDirectories(tmp.resolve("path-bin")).resolve("upgrade-risk"),
                home.resolve("bin/upgrade-risk"));
        Run version = run(tmp, Map.of(), link.toString(), "--version");
        assertEquals(0, version.code(), version.stderr());
        assertEquals("upgrade-risk " + VERSION, version.stdout().strip());
    }

    @Test
    void theCompletionScriptCompletesOptionsAndSubcommandsInBash() throws Exception {
        Path home = unpacked();
        // what bash does on TAB: COMP_WORDS/COMP_CWORD set, the registered function called, COMPREPLY read
        String script = """
                source completion/upgrade-risk.bash 2>/dev/null || { echo "the script failed to load"; exit 7; }
                upgrade-risk --help || exit 8
                # the function that `complete -p` says bash calls for upgrade-risk
                fn=$(complete -p upgrade-risk | sed -n 's/.*-F \\([^ ]*\\).*/\\1/p')
                [ -n "$fn" ] || { echo "no completion function registered for upgrade-risk"; exit 9; }
                complete_line() {
                  COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=()
                  "$fn" upgrade-risk "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null
                  echo "$*: ${COMPREPLY[*]}"
                }
                complete_line upgrade-risk scan --fo
                complete_line upgrade-risk sc
                """;
        Run bash = run(home, Map.of("PATH", home.resolve("bin") + ":" + System.getenv("PATH")), "bash", "-c", script);
        assertEquals(0, bash.code(), bash.stdout() + bash.stderr());
        assertTrue(bash.stdout().startsWith("Usage: upgrade-risk "), bash.stdout());
        List<String> completions =
                bash.stdout().lines().filter(l -> l.startsWith("upgrade-risk ")).toList();
        assertEquals(List.of("upgrade-risk scan --fo: --format", "upgrade-risk sc: scan"), completions);
    }

    @Test
    void theManPagesAreRoff() throws Exception {
        Path home = unpacked();
        String scan = Files.readString(home.resolve("man/man1/upgrade-risk-scan.1"));
        assertTrue(
                scan.contains(".TH \"UPGRADE\\-RISK\\-SCAN\" \"1\""),
                scan.lines().limit(12).toList().toString());
        assertTrue(scan.contains("\\fB\\-\\-format\\fP"), "the scan page documents --format");
        String top = Files.readString(home.resolve("man/man1/upgrade-risk.1"));
        assertTrue(top.contains("findings at or above the failure threshold"), "exit codes are in the top page");
    }

    private static String sha256(Path file) throws IOException, java.security.NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
