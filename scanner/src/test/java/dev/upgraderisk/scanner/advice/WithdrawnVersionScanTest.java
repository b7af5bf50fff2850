package dev.upgraderisk.scanner.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Level;
import dev.upgraderisk.rules.RetractedVersionRule;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code retracted-version} rule end to end: the scan asks a loopback Go proxy for the latest go.mod and a
 * loopback npm registry for the package document, about the direct dependencies only.
 */
class WithdrawnVersionScanTest {
    @TempDir
    Path tmp;

    private static final String LATEST_MOD = """
            module nhooyr.io/websocket

            go 1.19

            // test fixture: this retraction exists only in this test
            retract [v1.8.8, v1.8.10]
            """;

    private ScanResult scan(Path project, Map<String, String> env) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        return new ScanEngine()
                .scan(ScanRequest.of(project)
                        .withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(Fixtures.knowledgeBase("fixture"))
                        .withEnvironment(all));
    }

    private static List<Finding> withdrawn(ScanResult r) {
        return r.findings().stream()
                .filter(f -> f.ruleId().equals(RetractedVersionRule.ID))
                .toList();
    }

    @Test
    void aGoVersionRetractedInTheLatestGoModIsAWarning() throws Exception {
        try (LoopbackRegistry proxy = new LoopbackRegistry(Map.of(
                "/nhooyr.io/websocket/@v/list",
                "v1.8.7\nv1.8.10\nv1.8.11\nv1.8.12\nv1.9.0-rc.1\n",
                "/nhooyr.io/websocket/@v/v1.8.12.mod",
                LATEST_MOD))) {
            ScanResult r = scan(Fixtures.resource("golang/websocket-v1.8.10"), Map.of("GOPROXY", proxy.url()));
            List<Finding> f = withdrawn(r);
            assertEquals(1, f.size(), r.findings().toString());
            assertEquals(
                    "v1.8.10 is retracted by its module's author: \"test fixture: this retraction exists only in this"
                            + " test\" (go.mod of nhooyr.io/websocket@v1.8.12, line 6)",
                    f.get(0).message());
            assertEquals(Level.WARN, r.judgement(f.get(0)).level());
            assertFalse(r.judgement(f.get(0)).failing(), "a warning does not fail the run");
            assertTrue(
                    proxy.requests.contains("/nhooyr.io/websocket/@v/v1.8.12.mod"),
                    "retractions come from the latest release's go.mod, not a pre-release's: " + proxy.requests);
        }
    }

    @Test
    void aVersionOutsideTheRetractionIsNotFlagged() throws Exception {
        try (LoopbackRegistry proxy = new LoopbackRegistry(Map.of(
                "/nhooyr.io/websocket/@v/list",
                "v1.8.7\nv1.8.12\n",
                "/nhooyr.io/websocket/@v/v1.8.12.mod",
                LATEST_MOD))) {
            ScanResult r = scan(Fixtures.resource("golang/websocket-v1.8.7"), Map.of("GOPROXY", proxy.url()));
            assertEquals(List.of(), withdrawn(r));
        }
    }

    @Test
    void adviceSkipsRetractedVersionsAndWithMinAgeReleasesTooYoung() throws Exception {
        Instant now = Instant.now();
        String info12 = "{\"Version\":\"v1.8.12\",\"Time\":\"" + now.minus(Duration.ofDays(2)) + "\"}";
        String info11 = "{\"Version\":\"v1.8.11\",\"Time\":\"" + now.minus(Duration.ofDays(400)) + "\"}";
        try (LoopbackRegistry proxy = new LoopbackRegistry(Map.of(
                "/nhooyr.io/websocket/@v/list", "v1.8.7\nv1.8.8\nv1.8.9\nv1.8.10\nv1.8.11\nv1.8.12\n",
                "/nhooyr.io/websocket/@v/v1.8.12.mod", LATEST_MOD,
                "/nhooyr.io/websocket/@v/v1.8.12.info", info12,
                "/nhooyr.io/websocket/@v/v1.8.11.info", info11))) {
            Map<String, String> env = Map.of(
                    "GOPROXY",
                    proxy.url(),
                    "XDG_CACHE_HOME",
                    tmp.resolve("cache").toString());
            ScanRequest request = ScanRequest.of(Fixtures.resource("golang/websocket-v1.8.7"))
                    .withMaven(Fixtures.maven(tmp))
                    .withKnowledgeBase(Fixtures.knowledgeBase("fixture"))
                    .withEnvironment(env)
                    .withAdviceFor(List.of("nhooyr.io/websocket"));
            UpgradeAdvice plain =
                    new ScanEngine().scan(request).requestedAdvice().get(0).advice();
            assertEquals(Optional.of("v1.8.12"), plain.recommendedVersion(), plain.toString());
            assertEquals(
                    List.of("v1.8.8", "v1.8.9", "v1.8.10"),
                    plain.skip().stream().map(s -> s.version()).toList());
            assertEquals("retracted by its module's author", plain.skip().get(0).why());
            assertFalse(
                    proxy.requests.stream().anyMatch(r -> r.endsWith(".info")),
                    "no dates are fetched without --min-age");

            UpgradeAdvice aged = new ScanEngine()
                    .scan(request.withMinAge(Duration.ofDays(7)))
                    .requestedAdvice()
                    .get(0)
                    .advice();
            assertEquals(Optional.of("v1.8.11"), aged.recommendedVersion(), "v1.8.12 is two days old: " + aged);
        }
    }

    private Path npmProject() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(dir.resolve("package-lock.json"), """
                {"name": "app", "version": "1.0.0", "lockfileVersion": 3, "packages": {
                  "": {"name": "app", "version": "1.0.0", "dependencies": {"request": "^2.88.0"}},
                  "node_modules/request": {"version": "2.88.2", "dependencies": {"tough-cookie": "~2.5.0"}},
                  "node_modules/tough-cookie": {"version": "2.5.0"}}}
                """);
        return dir;
    }

    @Test
    void anNpmDeprecationOfADirectDependencyIsFound() throws Exception {
        String doc = "{\"name\":\"request\",\"versions\":{\"2.88.0\":{},\"2.88.2\":{\"deprecated\":"
                + "\"request has been deprecated, see https://github.com/request/request/issues/3142\"}}}";
        try (LoopbackRegistry registry = new LoopbackRegistry(Map.of("/request", doc))) {
            ScanResult r = scan(npmProject(), Map.of("npm_config_registry", registry.url() + "/"));
            List<Finding> f = withdrawn(r);
            assertEquals(1, f.size(), r.findings().toString());
            assertTrue(
                    f.get(0)
                            .message()
                            .startsWith("2.88.2 is deprecated on the npm registry: \"request has been"
                                    + " deprecated, see https://github.com/request/request/issues/3142\""),
                    f.get(0).message());
            assertEquals(List.of("/request"), registry.requests, "only the direct dependency is asked about");
        }
    }

    @Test
    void anUnreachableRegistryLeavesANoteNotASilentAllClear() throws Exception {
        ScanResult r = scan(npmProject(), Map.of("npm_config_registry", "http://127.0.0.1:9/"));
        assertEquals(List.of(), withdrawn(r));
        assertTrue(
                r.graphs()
                        .get(0)
                        .notes()
                        .contains("retracted-version: 127.0.0.1:9 could not be reached, so"
                                + " retractions and deprecations are not known for this manifest"),
                r.graphs().get(0).notes().toString());
    }

    @Test
    void theRuleTurnedOffAsksNoRegistry() throws Exception {
        Path project = npmProject();
        Files.writeString(project.resolve("upgrade-risk.yaml"), "rules:\n  retracted-version: off\n");
        try (LoopbackRegistry registry = new LoopbackRegistry(Map.of())) {
            ScanResult r = scan(project, Map.of("npm_config_registry", registry.url() + "/"));
            assertEquals(List.of(), registry.requests);
            assertEquals(List.of(), withdrawn(r));
        }
    }
}
