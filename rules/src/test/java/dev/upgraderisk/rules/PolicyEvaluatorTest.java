package dev.upgraderisk.rules;

import static dev.upgraderisk.rules.TestFacts.LIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Levels, allow entries, suppressions with expiry, and the threshold. */
class PolicyEvaluatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final List<Finding> findings = RuleEngine.standard()
            .evaluate(
                    List.of(TestFacts.pkg(LIB, "2.0", List.of()), TestFacts.pkg(LIB, "1.0-SNAPSHOT", List.of())),
                    new RuleContext(TestFacts.kb(
                            List.of(TestFacts.entry("URK-2026-0001", LIB, "2.0", "2.1", Severity.HIGH)), List.of())));

    private static Suppression suppression(String id, Optional<LocalDate> until) {
        return new Suppression(id, Optional.empty(), "accepted", until, "upgrade-risk.yaml", 3);
    }

    private static Policy policy(Severity failOn, Map<String, Level> levels, List<Suppression> suppressions) {
        return new Policy(failOn, levels, List.of(), List.of(), suppressions, "upgrade-risk.yaml");
    }

    @Test
    void defaults() {
        PolicyReport r = PolicyEvaluator.evaluate(Policy.defaults(), findings, TODAY);
        assertEquals(2, r.judgements().size());
        assertEquals(1, r.failing().size(), "the regression fails; unstable-version is info");
        assertEquals("known-regression", r.failing().get(0).finding().ruleId());
    }

    @Test
    void thresholdAndLevels() {
        assertTrue(PolicyEvaluator.evaluate(policy(Severity.CRITICAL, Map.of(), List.of()), findings, TODAY)
                .failing()
                .isEmpty());
        PolicyReport warn = PolicyEvaluator.evaluate(
                policy(Severity.LOW, Map.of("known-regression", Level.WARN), List.of()), findings, TODAY);
        assertTrue(warn.failing().isEmpty());
        PolicyReport off = PolicyEvaluator.evaluate(
                policy(Severity.LOW, Map.of("unstable-version", Level.OFF), List.of()), findings, TODAY);
        assertEquals(1, off.judgements().size());
    }

    @Test
    void aSuppressionStopsTheFailureUntilItExpires() {
        PolicyReport live = PolicyEvaluator.evaluate(
                policy(Severity.LOW, Map.of(), List.of(suppression("URK-2026-0001", Optional.of(TODAY)))),
                findings,
                TODAY);
        assertTrue(live.failing().isEmpty());
        assertEquals(1, live.suppressed().size());
        assertTrue(live.suppressed().get(0).suppressedBecause().orElseThrow().contains("[upgrade-risk.yaml:3]"));

        PolicyReport expired = PolicyEvaluator.evaluate(
                policy(Severity.LOW, Map.of(), List.of(suppression("URK-2026-0001", Optional.of(TODAY.minusDays(1))))),
                findings,
                TODAY);
        assertEquals(1, expired.failing().size(), "an expired suppression no longer applies");
        assertEquals(1, expired.expired().size());
        assertTrue(expired.unused().isEmpty());
    }

    @Test
    void aSuppressionThatMatchesNothingIsReported() {
        PolicyReport r = PolicyEvaluator.evaluate(
                policy(Severity.LOW, Map.of(), List.of(suppression("URK-2026-9999", Optional.empty()))),
                findings,
                TODAY);
        assertEquals(1, r.unused().size());
    }

    @Test
    void allowedPackagesAreNotCounted() {
        Policy p = new Policy(
                Severity.LOW,
                Map.of(),
                List.of(new PackageSelector(Optional.empty(), "org.example:*", Optional.empty())),
                List.of(),
                List.of(),
                "upgrade-risk.yaml");
        PolicyReport r = PolicyEvaluator.evaluate(p, findings, TODAY);
        assertTrue(r.failing().isEmpty());
        assertFalse(r.suppressed().isEmpty());
    }
}
