package dev.upgraderisk.scanner.golang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.scanner.SharedCorpus;
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

/**
 * The product's seed case on the real go.mod of tailscale v1.70.0: nhooyr.io/websocket v1.8.10 and its goroutine
 * spike on close (coder/websocket#434), fixed in v1.8.11 by PR #427; the module now lives at
 * github.com/coder/websocket. And gotd/td, which pins both paths side by side.
 */
class GoSeedScanTest {
    @TempDir
    Path tmp;

    private ScanResult scan(String project) throws Exception {
        KnowledgeBaseRequest bundled =
                new KnowledgeBaseRequest(Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("cache"));
        return new ScanEngine()
                .scan(ScanRequest.of(SharedCorpus.resolve("corpus/go/" + project))
                        .withKnowledgeBase(bundled)
                        .withEnvironment(Map.of("GOPROXY", "off", "XDG_CACHE_HOME", tmp.toString())));
    }

    @Test
    void tailscaleOnTheGoroutineSpike() throws Exception {
        ScanResult r = scan("tailscale-v1.70.0");
        Finding spike = r.findings().stream()
                .filter(f -> f.ruleId().equals("known-regression"))
                .filter(f -> f.match()
                        .orElseThrow()
                        .advisory()
                        .reference("REPORT")
                        .orElse("")
                        .equals("https://github.com/coder/websocket/issues/434"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.findings().toString()));
        assertEquals("nhooyr.io/websocket", spike.pkg().pkg().name());
        assertEquals("v1.8.10", spike.pkg().version());
        assertEquals(List.of("1.8.11"), spike.fixedVersions());
        assertEquals(
                "https://github.com/coder/websocket/pull/427",
                spike.match().orElseThrow().advisory().reference("FIX").orElseThrow());
        assertEquals(
                "github.com/coder/websocket",
                spike.match().orElseThrow().rename().orElseThrow().to().name());
        assertTrue(r.advice(spike).orElseThrow().recommendedVersion().isPresent());
    }

    @Test
    void gotdPinsBothPathsEachUnderItsOwnName() throws Exception {
        ScanResult r = scan("gotd-td");
        var names = r.graphs().get(0).nodes().stream()
                .map(n -> n.pkg().name() + "@" + n.version())
                .toList();
        assertEquals(
                1,
                names.stream()
                        .filter(n -> n.equals("nhooyr.io/websocket@v1.8.17"))
                        .count());
        assertEquals(
                1,
                names.stream()
                        .filter(n -> n.equals("github.com/coder/websocket@v1.8.15"))
                        .count());
        // neither version is affected by a known entry; the old path is reported once, as moved, under its own name
        var websocket = r.findings().stream()
                .filter(f -> f.pkg().pkg().name().endsWith("/websocket"))
                .toList();
        assertEquals(1, websocket.size(), websocket.toString());
        assertEquals("renamed-package", websocket.get(0).ruleId());
        assertEquals("nhooyr.io/websocket", websocket.get(0).pkg().pkg().name());
    }
}
