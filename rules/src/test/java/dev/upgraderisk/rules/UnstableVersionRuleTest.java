package dev.upgraderisk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnstableVersionRuleTest {
    private final RuleContext context = new RuleContext(TestFacts.kb(List.of(), List.of()));
    private final UnstableVersionRule rule = new UnstableVersionRule();
    private static final PackageName GO = new PackageName(Ecosystem.GO, "golang.org/x/exp");
    private static final PackageName NPM = new PackageName(Ecosystem.NPM, "left-pad");

    private String message(PackageName p, String v) {
        List<Finding> f = rule.check(TestFacts.pkg(p, v, List.of()), context);
        return f.isEmpty() ? "" : f.get(0).message();
    }

    @Test
    void snapshotsPreReleasesAndPseudoVersions() {
        assertTrue(message(TestFacts.LIB, "1.0-SNAPSHOT").contains("a SNAPSHOT"));
        assertTrue(message(TestFacts.LIB, "6.0.0-RC1").contains("a pre-release"));
        assertTrue(message(NPM, "2.0.0-beta.3").contains("a pre-release"));
        assertTrue(message(GO, "v0.0.0-20230725093048-515e97ebf090").contains("a Go pseudo-version"));
    }

    @Test
    void releasesAreStable() {
        assertEquals("", message(TestFacts.LIB, "6.0.0"));
        assertEquals("", message(TestFacts.LIB, "4.1.94.Final"));
        assertEquals("", message(TestFacts.LIB, "32.1.2-jre"));
        assertEquals("", message(GO, "v1.2.3"));
        assertEquals("", message(NPM, "not a version"));
    }
}
