package dev.upgraderisk.scanner.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Advice for a Go module from the proxy's version list: v1.8.10 of the websocket library moves to v1.8.11. */
class GoAdviceTest {
    @TempDir
    Path tmp;

    private static final String LIST = "v1.8.6\nv1.8.7\nv1.8.8\nv1.8.9\nv1.8.10\nv1.8.11\nv1.8.12\nv1.8.13-rc.1\n";

    private ScanResult scan(String scenario, LoopbackRegistry proxy) throws Exception {
        KnowledgeBaseRequest bundled =
                new KnowledgeBaseRequest(Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("kb-cache"));
        return new ScanEngine()
                .scan(ScanRequest.of(Fixtures.resource("golang/" + scenario))
                        .withKnowledgeBase(bundled)
                        .withMaven(Fixtures.maven(tmp))
                        .withAdviceFor(List.of("nhooyr.io/websocket"))
                        .withEnvironment(Map.of("GOPROXY", proxy.url(), "XDG_CACHE_HOME", tmp.toString())));
    }

    @Test
    void aProjectOnV187IsNeverAdvisedIntoTheBadWindow() throws Exception {
        try (LoopbackRegistry proxy = new LoopbackRegistry(Map.of("/nhooyr.io/websocket/@v/list", LIST))) {
            ScanResult r = scan("websocket-v1.8.7", proxy);
            UpgradeAdvice advice = r.requestedAdvice().get(0).advice();
            assertEquals(
                    Optional.of("v1.8.12"),
                    advice.recommendedVersion(),
                    "the newest clean release of the major, never v1.8.8 to v1.8.10");
            assertTrue(
                    advice.skip().stream().anyMatch(s -> s.version().equals("v1.8.10")),
                    advice.skip().toString());
        }
    }

    @Test
    void websocketOnV1810IsAdvisedTheFixedRelease() throws Exception {
        String list = LIST;
        try (LoopbackRegistry proxy = new LoopbackRegistry(Map.of("/nhooyr.io/websocket/@v/list", list))) {
            KnowledgeBaseRequest bundled = new KnowledgeBaseRequest(
                    Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("kb-cache"));
            ScanResult r = new ScanEngine()
                    .scan(ScanRequest.of(Fixtures.resource("golang/websocket-v1.8.10"))
                            .withKnowledgeBase(bundled)
                            .withMaven(Fixtures.maven(tmp))
                            .withEnvironment(Map.of("GOPROXY", proxy.url(), "XDG_CACHE_HOME", tmp.toString())));
            assertTrue(!r.findings().isEmpty());
            for (var f : r.findings()) {
                UpgradeAdvice advice = r.advice(f).orElseThrow();
                assertEquals(Optional.of("v1.8.11"), advice.recommendedVersion(), f.toString());
                assertTrue(advice.basis().startsWith("the Go module proxy http://"), advice.basis());
            }
        }
    }
}
