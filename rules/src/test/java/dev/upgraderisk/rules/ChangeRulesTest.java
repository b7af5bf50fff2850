package dev.upgraderisk.rules;

import static dev.upgraderisk.rules.TestFacts.LIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** upgrade-introduces-regression and major-version-jump: positive and negative cases. */
class ChangeRulesTest {
    private final RuleContext context = new RuleContext(TestFacts.kb(
            List.of(
                    TestFacts.entry("URK-2026-0001", LIB, "2.0", "2.1", Severity.HIGH),
                    TestFacts.entry("URK-2026-0002", LIB, "1.0", "3.0", Severity.LOW)),
            List.of()));

    private static PackageChangeFacts change(String before, String after) {
        return new PackageChangeFacts("pom.xml", LIB, Optional.ofNullable(before), Optional.ofNullable(after), true);
    }

    @Test
    void anUpgradeOntoAnAffectedVersionIsFound() {
        List<Finding> f = new UpgradeIntroducesRegressionRule().check(change("1.5", "2.0"), context);
        assertEquals(1, f.size(), "URK-2026-0002 affected 1.5 already");
        assertEquals("URK-2026-0001", f.get(0).match().orElseThrow().advisory().id());
        assertTrue(f.get(0).message().startsWith("moving from 1.5 to 2.0 brings in URK-2026-0001"));
    }

    @Test
    void anAddedAffectedPackageIsFoundAndAFixIsNot() {
        assertEquals(
                2,
                new UpgradeIntroducesRegressionRule()
                        .check(change(null, "2.0"), context)
                        .size());
        assertTrue(new UpgradeIntroducesRegressionRule()
                .check(change("2.0", "3.0"), context)
                .isEmpty());
        assertTrue(new UpgradeIntroducesRegressionRule()
                .check(change("2.0", null), context)
                .isEmpty());
    }

    @Test
    void majorJumps() {
        assertEquals(
                1,
                new MajorVersionJumpRule().check(change("1.5", "2.0"), context).size());
        assertEquals(
                1,
                new MajorVersionJumpRule()
                        .check(
                                new PackageChangeFacts(
                                        "go.mod", LIB, Optional.of("v0.9.0"), Optional.of("v1.0.0"), true),
                                context)
                        .size());
        assertTrue(
                new MajorVersionJumpRule().check(change("2.0", "2.1"), context).isEmpty());
        assertTrue(
                new MajorVersionJumpRule().check(change(null, "2.0"), context).isEmpty());
        assertEquals(Level.INFO, new MajorVersionJumpRule().defaultLevel());
    }
}
