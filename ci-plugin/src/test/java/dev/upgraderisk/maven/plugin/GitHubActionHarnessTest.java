package dev.upgraderisk.maven.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the GitHub Action's shell steps as GitHub would: the {@code env:} of each step evaluated from the inputs and
 * a real pull_request payload, in a git repository with a base and a head commit, with GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files. Also checks that no {@code run:} interpolates anything (no script injection) and that
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

    private Path cliJar() throws Exception {
        Path target = Path.of(System.getProperty("basedir", "."), "../scanner/target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            Optional<Path> jar = files.filter(p -> p.getFileName().toString().endsWith("-cli.jar"))
                    .findFirst();
            if (jar.isEmpty()) {
                System.err.println("SKIPPED: the command-line jar is not built (run the whole build: ./mvnw verify)");
                Assumptions.abort("no CLI jar in " + target);
            }
            return jar.get().toAbsolutePath();
        }
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

    private record Result(int code, String output, String summary, String log) {}

    /** Runs the steps with a shell the way the runner does, for the given event. */
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

        Path output = Files.createFile(tmp.resolve("github-output"));
        Path summary = Files.createFile(tmp.resolve("step-summary"));
        JsonNode step = action.path("runs").path("steps").get(1);
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", step.path("run").asText())
                .directory(workspace.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        step.path("env")
                .fields()
                .forEachRemaining(e -> env.put(e.getKey(), evaluate(e.getValue().asText(), context)));
        env.put("GITHUB_EVENT_NAME", event);
        env.put("GITHUB_EVENT_PATH", event_.toString());
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("RUNNER_TEMP", tmp.resolve("runner-temp").toString());
        env.put("UPGRADE_RISK_CMD", "java -Duser.home=" + tmp.resolve("home") + " -jar " + cliJar());
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new Result(code, Files.readString(output), Files.readString(summary), log);
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
        Result r = run("pull_request", Map.of("kb", tmp.resolve("no-such-kb").toString()));
        assertEquals(2, r.code(), r.log());
        assertTrue(r.summary().startsWith("### upgrade-risk could not run (exit 2)"), r.summary());
        assertFalse(r.output().contains("introduced="), "no outputs from a run that did not complete: " + r.output());
    }

    private static String kb() {
        return Path.of(System.getProperty("basedir", "."), "../scanner/src/test/resources/kb/fixture")
                .toAbsolutePath()
                .normalize()
                .toString();
    }
}
