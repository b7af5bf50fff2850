package dev.upgraderisk.rules;

import static dev.upgraderisk.rules.TestFacts.LIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediatedIntoAffectedRuleTest {
    private final RuleContext context = new RuleContext(
            TestFacts.kb(List.of(TestFacts.entry("URK-2026-0001", LIB, "2.0", "2.1", Severity.HIGH)), List.of()));
    private final MediatedIntoAffectedRule rule = new MediatedIntoAffectedRule();

    @Test
    void mediationPickedAnAffectedVersionOverASafeRequest() {
        List<Finding> f = rule.check(TestFacts.pkg(LIB, "2.0", List.of(TestFacts.lost(LIB, "1.9"))), context);
        assertEquals(1, f.size());
        assertEquals(Severity.HIGH, f.get(0).severity());
        assertFalse(f.get(0).informational());
        assertTrue(
                f.get(0).message().contains("asked for 1.9, which no entry affects, but mediation picked 2.0"),
                f.get(0).message());
    }

    @Test
    void theReverseIsInformation() {
        List<Finding> f = rule.check(TestFacts.pkg(LIB, "2.1", List.of(TestFacts.lost(LIB, "2.0"))), context);
        assertEquals(1, f.size());
        assertTrue(f.get(0).informational());
        assertFalse(new Policy(Severity.LOW).fails(f.get(0)), "information never fails a run");
    }

    @Test
    void nothingWhenBothOrNeitherAreAffectedOrNothingWasLost() {
        assertTrue(rule.check(TestFacts.pkg(LIB, "1.5", List.of(TestFacts.lost(LIB, "1.0"))), context)
                .isEmpty());
        assertTrue(rule.check(TestFacts.pkg(LIB, "2.0", List.of(TestFacts.lost(LIB, "2.0.1"))), context)
                .isEmpty());
        assertTrue(rule.check(TestFacts.pkg(LIB, "2.0", List.of()), context).isEmpty());
    }

    @Test
    void itWarnsByDefault() {
        assertEquals(Level.WARN, rule.defaultLevel());
    }
}
