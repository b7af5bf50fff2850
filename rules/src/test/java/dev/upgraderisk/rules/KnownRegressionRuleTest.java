package dev.upgraderisk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.AffectedRange;
import dev.upgraderisk.kb.Confidence;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.Kind;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseOrigin;
import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.PackageRename;
import dev.upgraderisk.kb.RangeEvent;
import dev.upgraderisk.kb.Reference;
import dev.upgraderisk.kb.RegressionFacts;
import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** known-regression: positive and negative cases. */
class KnownRegressionRuleTest {
    private static final PackageName OLD = new PackageName(Ecosystem.GO, "example.org/ws");
    private static final PackageName NEW = new PackageName(Ecosystem.GO, "example.org/new/ws");

    private static KnowledgeBase kb() {
        var facts = new RegressionFacts(
                Kind.LEAK,
                Severity.HIGH,
                "closing",
                "goroutines pile up",
                Optional.empty(),
                Optional.of("1.8.7"),
                List.of(),
                Confidence.HIGH,
                List.of());
        var range = new AffectedRange("SEMVER", List.of(RangeEvent.introduced("1.8.10"), RangeEvent.fixed("1.8.11")));
        var advisory = new Advisory(
                "URK-2026-0001",
                List.of(),
                "Goroutine spike on close",
                "details",
                List.of(new Affected(OLD, List.of(range), List.of())),
                List.of(
                        new Reference("REPORT", "https://example.org/issues/1"),
                        new Reference("FIX", "https://example.org/pull/2")),
                facts,
                "2026-11-27T00:00:00Z",
                "2026-11-27T00:00:00Z",
                "go/URK-2026-0001.yaml",
                Origin.CURATED);
        return new KnowledgeBase(
                List.of(advisory),
                List.of(new PackageRename(OLD, NEW, "", "https://example.org/moved")),
                new KnowledgeBaseOrigin("test", "", "1"));
    }

    private static List<Finding> check(PackageName pkg, String version) {
        var facts = new PackageFacts(
                "go.mod",
                pkg,
                version,
                "",
                false,
                true,
                List.of(new DependencyPath(List.of(new PathStep(pkg, version)))),
                List.of());
        return new KnownRegressionRule().check(facts, new RuleContext(kb()));
    }

    @Test
    void affectedVersionIsFound() {
        List<Finding> findings = check(OLD, "v1.8.10");
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("known-regression", f.ruleId());
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(List.of("1.8.11"), f.fixedVersions());
        assertEquals("URK-2026-0001", f.match().orElseThrow().advisory().id());
        assertEquals(NEW, f.match().orElseThrow().rename().orElseThrow().to());
    }

    @Test
    void versionsOutsideTheRangeAreNotFound() {
        assertTrue(check(OLD, "v1.8.9").isEmpty());
        assertTrue(check(OLD, "v1.8.11").isEmpty());
    }

    @Test
    void theNewNameMatchesToo() {
        assertEquals(1, check(NEW, "v1.8.10").size());
    }

    @Test
    void otherPackagesAndUnreadableVersionsAreNotFound() {
        assertTrue(check(new PackageName(Ecosystem.GO, "example.org/other"), "v1.8.10")
                .isEmpty());
        assertTrue(check(OLD, "not-a-version").isEmpty());
        assertTrue(check(new PackageName(Ecosystem.NPM, "example.org/ws"), "1.8.10")
                .isEmpty());
    }

    @Test
    void policyThreshold() {
        Finding f = check(OLD, "v1.8.10").get(0);
        assertTrue(new Policy(Severity.HIGH).fails(f));
        assertTrue(!new Policy(Severity.CRITICAL).fails(f));
    }
}
