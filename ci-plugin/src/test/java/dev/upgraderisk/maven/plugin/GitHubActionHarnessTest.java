package dev.upgraderisk.maven.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the GitHub Action's shell steps as GitHub would: in order, each when its {@code if:} holds, the {@code env:}
 * of each step evaluated from the inputs, a real pull_request payload and the outputs of the steps before it, in a
 * git repository with a base and a head commit, with GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. The CLI comes
 * from the release of the Action's version, which a loopback server serves (the distribution this build made), or,
 * when there is none, from the launcher that builds it from source. Also checks that no {@code run:} interpolates anything (no script injection) and that
 * every third-party action is pinned by commit.
 */
class GitHubActionHarnessTest {
    private static final Path ACTION = Path.of(System.getProperty("basedir", "."), "github-action");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");

    @TempDir
    Path tmp;

    private JsonNode action;

    @BeforeEach
    void read() throws Exception {
        action = new ObjectMapper(new YAMLFactory())
                .readTree(ACTION.resolve("action.yml").toFile());
    }

    @Test
    void noRunInterpolatesAndActionsArePinnedByCommit() {
        for (JsonNode step : action.path("runs").path("steps")) {
            if (step.has("run")) {
                assertFalse(
                        step.path("run").asText().contains("${{"),
                        "a run: interpolates: " + step.path("run").asText());
            }
            if (step.has("uses")) {
                assertTrue(
                        step.path("uses").asText().matches("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}"),
                        "not pinned by commit: " + step.path("uses").asText());
            }
        }
    }

    private static final String VERSION = System.getProperty("upgrade-risk.version");
    private static final String NAME = "upgrade-risk-" + VERSION;

    /** A GitHub release as the Action downloads it: files by path on a loopback server, 404 otherwise. */
    private HttpServer releases;

    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReleaseServer() throws IOException {
        releases = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        releases.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            byte[] body = served.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        releases.start();
    }

    @AfterEach
    void stopReleaseServer() {
        releases.stop(0);
    }

    private String releasesUrl() {
        return "http://127.0.0.1:" + releases.getAddress().getPort() + "/releases/download";
    }

    private static Path built(String dir, String name) {
        Path file = Path.of(System.getProperty("basedir", "."), "..", dir, name)
                .toAbsolutePath()
                .normalize();
        if (!Files.exists(file)) {
            System.err.println("SKIPPED: " + file + " is not built (run the whole build: ./mvnw verify)");
            Assumptions.abort("not built: " + file);
        }
        return file;
    }

    /** The distribution this build made, served as the release of its version. */
    private void serveTheRelease() throws IOException {
        Path archive = built("distribution/target", NAME + ".tar.gz");
        serve(Files.readAllBytes(archive), Files.readAllBytes(archive.resolveSibling(NAME + ".tar.gz.sha256")));
    }

    private void serve(byte[] archive, byte[] checksum) {
        served.put("/releases/download/v" + VERSION + "/" + NAME + ".tar.gz", archive);
        served.put("/releases/download/v" + VERSION + "/" + NAME + ".tar.gz.sha256", checksum);
    }

    private String pom(String version) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId><artifactId>app</artifactId><version>1.0</version>
                  <dependencies><dependency><groupId>org.fixture</groupId><artifactId>lib-c</artifactId>
                    <version>%s</version></dependency></dependencies>
                </project>
                """.formatted(version);
    }

    /** One step as the runner left it: whether it ran, its exit code, its outputs, what it printed. */
    private record Step(boolean ran, int code, Map<String, String> outputs, String log) {}

    /** The steps by id (or by the action they use), and the step summary. */
    private record Result(Map<String, Step> steps, String summary) {
        Step step(String id) {
            return steps.get(id);
        }

        int code() {
            return step("run").code();
        }

        String output() {
            return step("run").outputs().toString();
        }

        String log() {
            return steps.toString();
        }
    }

    /**
     * Runs the action's steps in order as the runner does, for the given event: a step runs when its {@code if:}
     * holds (by default: when no step before it failed), {@code env:} evaluated from the inputs, the payload and
     * the outputs of the steps before it. Steps that use another action are not run; whether they would is
     * recorded, with their {@code with:} evaluated.
     */
    private Result run(String event, Map<String, String> inputs) throws Exception {
        Path workspace = tmp.resolve("workspace");
        String baseSha;
        try (Git git = Git.init()
                .setDirectory(workspace.toFile())
                .setInitialBranch("main")
                .call()) {
            Files.writeString(workspace.resolve("pom.xml"), pom("1.5"));
            git.add().addFilepattern(".").call();
            baseSha = git.commit()
                    .setMessage("base")
                    .setAuthor("dev", "dev@example.org")
                    .setSign(false)
                    .call()
                    .name();
            Files.writeString(workspace.resolve("pom.xml"), pom("2.0"));
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("head: bump lib-c")
                    .setAuthor("dev", "dev@example.org")
                    .setSign(false)
                    .call();
        }
        Path home = Files.createDirectories(tmp.resolve("home/.m2"));
        Path fixtureRepo = Path.of(System.getProperty("basedir", "."), "../scanner/src/test/resources/fixture-repo")
                .toAbsolutePath()
                .normalize();
        Files.writeString(
                home.resolve("settings.xml"),
                "<settings><localRepository>" + tmp.resolve("local")
                        + "</localRepository><mirrors><mirror><id>fixture</id><mirrorOf>*</mirrorOf><url>"
                        + fixtureRepo.toUri() + "</url></mirror></mirrors></settings>");
        Path event_ = tmp.resolve("event.json");
        Files.writeString(
                event_,
                "{\"action\":\"opened\",\"number\":7,\"pull_request\":{\"number\":7,\"base\":{\"sha\":\"" + baseSha
                        + "\",\"ref\":\"main\"},\"head\":{\"ref\":\"bump\"}}}");
        JsonNode payload = new ObjectMapper().readTree(event_.toFile());

        Map<String, Object> inputValues = new HashMap<>();
        action.path("inputs")
                .fields()
                .forEachRemaining(e ->
                        inputValues.put(e.getKey(), e.getValue().path("default").asText()));
        inputValues.putAll(inputs);
        Map<String, Object> github = new HashMap<>();
        github.put("event_name", event);
        github.put("event", payload);
        github.put("action_path", ACTION.toAbsolutePath().normalize().toString());
        github.put("repository", "example/app");
        github.put("token", "not-a-token");
        Map<String, Object> context = Map.of(
                "inputs",
                inputValues,
                "github",
                github,
                "runner",
                Map.of("temp", tmp.resolve("runner-temp").toString()));

        Map<String, Object> steps = new HashMap<>();
        Map<String, Object> contextWithSteps = new HashMap<>(context);
        contextWithSteps.put("steps", steps);
        contextWithSteps.put("runner", Map.of("temp", tmp.resolve("runner-temp").toString(), "os", "Linux"));
        Path summary = Files.createFile(tmp.resolve("step-summary"));
        Map<String, Step> results = new java.util.LinkedHashMap<>();
        boolean failed = false;
        int n = 0;
        for (JsonNode step : action.path("runs").path("steps")) {
            n++;
            String id = step.has("id")
                    ? step.path("id").asText()
                    : step.has("uses") ? step.path("uses").asText().replaceAll("@.*", "") : "step-" + n;
            Condition condition = condition(step.path("if").asText(""), contextWithSteps);
            boolean runs = condition.holds() && (!failed || condition.always());
            if (!runs || step.has("uses")) {
                Map<String, String> with = new java.util.TreeMap<>();
                step.path("with")
                        .fields()
                        .forEachRemaining(
                                e -> with.put(e.getKey(), evaluate(e.getValue().asText(), contextWithSteps)));
                results.put(id, new Step(runs, 0, with, ""));
                continue;
            }
            Path output = Files.createFile(tmp.resolve("github-output-" + n));
            ProcessBuilder pb = new ProcessBuilder(
                            "bash", "-c", step.path("run").asText())
                    .directory(workspace.toFile())
                    .redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            step.path("env")
                    .fields()
                    .forEachRemaining(
                            e -> env.put(e.getKey(), evaluate(e.getValue().asText(), contextWithSteps)));
            env.put("GITHUB_EVENT_NAME", event);
            env.put("GITHUB_EVENT_PATH", event_.toString());
            env.put("GITHUB_WORKSPACE", workspace.toString());
            env.put("GITHUB_REPOSITORY", "example/app");
            env.put("GITHUB_OUTPUT", output.toString());
            env.put("GITHUB_STEP_SUMMARY", summary.toString());
            env.put("RUNNER_TEMP", tmp.resolve("runner-temp").toString());
            env.put("RUNNER_OS", "Linux");
            // the releases come from the loopback server; the CLI reads tmp/home/.m2/settings.xml (fixture mirror)
            env.put("UPGRADE_RISK_RELEASES_URL", releasesUrl());
            env.put("JAVA_OPTS", "-Duser.home=" + tmp.resolve("home"));
            // should the launcher rebuild (sources newer than its jar), it uses this build's local repository, offline
            env.put("MAVEN_ARGS", "-o -Dmaven.repo.local=" + System.getProperty("upgrade-risk.local-repo"));
            Process p = pb.start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            Map<String, String> outputs = new java.util.LinkedHashMap<>();
            Files.readAllLines(output).stream()
                    .filter(l -> l.contains("="))
                    .forEach(l -> outputs.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
            steps.put(id, Map.of("outputs", outputs));
            results.put(id, new Step(true, code, outputs, log));
            failed |= code != 0;
        }
        return new Result(results, Files.readString(summary));
    }

    private record Condition(boolean holds, boolean always) {}

    /**
     * The {@code if:} forms the action uses: terms joined by {@code &&}, each {@code always()} or
     * {@code path == 'literal'}. Anything else fails the test, so that a new form gets evaluated, not ignored.
     */
    private static Condition condition(String expression, Map<String, Object> context) {
        String text = expression.strip();
        Matcher wrapped = Pattern.compile("^\\$\\{\\{\\s*(.*?)\\s*}}$").matcher(text);
        if (wrapped.matches()) text = wrapped.group(1);
        if (text.isEmpty()) return new Condition(true, false);
        boolean holds = true;
        boolean always = false;
        for (String term : text.split("&&")) {
            term = term.strip();
            Matcher eq = Pattern.compile("([\\w.-]+)\\s*==\\s*'([^']*)'").matcher(term);
            if (term.equals("always()")) always = true;
            else if (eq.matches())
                holds &= evaluate("${{ " + eq.group(1) + " }}", context).equals(eq.group(2));
            else throw new AssertionError("the harness cannot evaluate the condition: " + expression);
        }
        return new Condition(holds, always);
    }

    /** The few expressions the action's env: blocks use: dotted paths into the contexts. */
    @SuppressWarnings("unchecked")
    private static String evaluate(String text, Map<String, Object> context) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object value = context;
            for (String part : m.group(1).split("\\.")) {
                if (value instanceof Map<?, ?> map) value = ((Map<String, Object>) map).get(part);
                else if (value instanceof JsonNode node) value = node.path(part);
                else value = null;
            }
            String s = value == null
                    ? ""
                    : value instanceof JsonNode n ? (n.isMissingNode() ? "" : n.asText()) : value.toString();
            m.appendReplacement(sb, Matcher.quoteReplacement(s));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Test
    void onAPullRequestItDiffsBaseAndHead() throws Exception {
        serveTheRelease();
        Result r = run("pull_request", Map.of("kb", kb()));
        assertEquals(1, r.code(), r.log());
        assertTrue(r.output().contains("introduced=true"), r.output());
        assertTrue(r.output().contains("findings=1"), r.output());
        assertTrue(
                r.output().contains("report-json=" + tmp.resolve("runner-temp/upgrade-risk/report.json")), r.output());
        assertTrue(r.summary().startsWith("### upgrade-risk: This change brings in 1 known risk"), r.summary());
        Path sarif = tmp.resolve("runner-temp/upgrade-risk/report.sarif");
        assertTrue(r.output().contains("sarif-file=" + sarif), r.output());
        assertTrue(Files.readString(sarif).contains("\"ruleId\" : \"URK-2026-9001\""));
    }

    @Test
    void onAPushItScansAndAThresholdAboveTheFindingPasses() throws Exception {
        serveTheRelease();
        Result r = run("push", Map.of("kb", kb(), "fail-on", "critical"));
        assertEquals(0, r.code(), r.log());
        assertTrue(r.output().contains("findings=0"), r.output());
        assertTrue(r.summary().contains("URK-2026-9001"), r.summary());
        Path dir = tmp.resolve("runner-temp/upgrade-risk");
        for (String name : new String[] {"report.json", "report.md", "report.sarif", "report.html"}) {
            assertTrue(Files.readString(dir.resolve(name)).contains("URK-2026-9001"), "one scan wrote " + name);
        }
        assertTrue(r.output().contains("report-html=" + dir.resolve("report.html")), r.output());
    }

    @Test
    void aRunThatCannotCompleteSaysSoAndKeepsItsExitCode() throws Exception {
        serveTheRelease();
        Result r = run("pull_request", Map.of("kb", tmp.resolve("no-such-kb").toString()));
        assertEquals(2, r.code(), r.log());
        assertTrue(r.summary().startsWith("### upgrade-risk could not run (exit 2)"), r.summary());
        assertFalse(r.output().contains("introduced="), "no outputs from a run that did not complete: " + r.output());
    }

    @Test
    void theActionRunsTheReleaseOfItsOwnVersionCheckedAgainstItsSha256() throws Exception {
        assertEquals(VERSION, Files.readString(ACTION.resolve("cli-version")).strip(), "cli-version is the version");
        serveTheRelease();
        Result r = run("push", Map.of("kb", kb()));
        Step cli = r.step("cli");
        assertEquals(0, cli.code(), cli.log());
        assertEquals("release", cli.outputs().get("source"), cli.log());
        Path bin = tmp.resolve("runner-temp/upgrade-risk-cli/" + NAME + "/bin/upgrade-risk");
        assertEquals(bin.toString(), cli.outputs().get("cli"));
        assertTrue(cli.log().contains("using release " + VERSION), cli.log());
        assertEquals(
                List.of(
                        "/releases/download/v" + VERSION + "/" + NAME + ".tar.gz.sha256",
                        "/releases/download/v" + VERSION + "/" + NAME + ".tar.gz"),
                requested);
        assertFalse(r.step("actions/cache").ran(), "no Maven repository to cache without a build");
        assertEquals(1, r.code(), r.log());
        assertTrue(r.output().contains("findings=1"), r.output());
    }

    @Test
    void withoutAReleaseOfItsVersionItBuildsFromSourceWithTheMavenRepositoryCached() throws Exception {
        // the launcher at the top of the repository: it builds (with the Maven Wrapper) only when its jar is missing
        // or older than the sources, as after a partial build
        built("scanner/target", "upgrade-risk-scanner-" + VERSION + "-cli.jar");
        Result r = run("push", Map.of("kb", kb()));
        Step cli = r.step("cli");
        assertEquals(0, cli.code(), cli.log());
        assertEquals("source", cli.outputs().get("source"), cli.log());
        assertEquals("", cli.outputs().get("cli"));
        assertTrue(cli.log().contains("no release " + VERSION), cli.log());
        assertEquals(List.of("/releases/download/v" + VERSION + "/" + NAME + ".tar.gz.sha256"), requested);
        Step cache = r.step("actions/cache");
        assertTrue(cache.ran(), "the Maven repository is cached for the build");
        assertTrue(
                cli.outputs().get("cache-key").matches("upgrade-risk-maven-Linux-[0-9a-f]{20}"),
                cli.outputs()::toString);
        assertEquals(cli.outputs().get("cache-key"), cache.outputs().get("key"));
        assertEquals("upgrade-risk-maven-Linux-", cache.outputs().get("restore-keys"));
        assertTrue(cache.outputs().get("path").contains("~/.m2/repository"), cache.outputs()::toString);
        assertEquals(1, r.code(), r.log());
        assertTrue(r.output().contains("findings=1"), r.output());
        assertTrue(Files.readString(tmp.resolve("runner-temp/upgrade-risk/report.json"))
                .contains("URK-2026-9001"));
    }

    @Test
    void aChecksumMismatchFailsTheStepWithAClearMessageAndRunsNothing() throws Exception {
        // an archive that is not the release (its bin/upgrade-risk would leave a mark), with the release's checksum
        Path real = built("distribution/target", NAME + ".tar.gz");
        Path mark = tmp.resolve("it-ran");
        Path fake = Files.createDirectories(tmp.resolve("fake/" + NAME + "/bin"));
        Files.writeString(fake.resolve("upgrade-risk"), "#!/bin/sh\ntouch " + mark + "\n");
        fake.resolve("upgrade-risk").toFile().setExecutable(true);
        Path tarball = tmp.resolve("fake.tar.gz");
        Process tar = new ProcessBuilder(
                        "tar",
                        "-czf",
                        tarball.toString(),
                        "-C",
                        tmp.resolve("fake").toString(),
                        NAME)
                .inheritIO()
                .start();
        assertEquals(0, tar.waitFor());
        serve(Files.readAllBytes(tarball), Files.readAllBytes(real.resolveSibling(NAME + ".tar.gz.sha256")));

        Result r = run("pull_request", Map.of("kb", kb()));
        Step cli = r.step("cli");
        assertEquals(1, cli.code(), cli.log());
        assertTrue(cli.log().contains("::error::upgrade-risk: SHA-256 mismatch for " + releasesUrl()), cli.log());
        assertTrue(cli.log().contains("nothing was unpacked or run"), cli.log());
        assertTrue(r.summary().startsWith("### upgrade-risk could not run"), r.summary());
        assertFalse(r.step("run").ran(), "the scan does not run after the failed step");
        assertFalse(r.step("actions/cache").ran(), "nor does a build");
        assertFalse(Files.exists(mark), "the downloaded script never ran");
        assertFalse(Files.exists(tmp.resolve("runner-temp/upgrade-risk-cli")), "nothing was left unpacked");
    }

    private static String kb() {
        return Path.of(System.getProperty("basedir", "."), "../scanner/src/test/resources/kb/fixture")
                .toAbsolutePath()
                .normalize()
                .toString();
    }
}
