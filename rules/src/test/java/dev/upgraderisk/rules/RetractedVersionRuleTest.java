package dev.upgraderisk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetractedVersionRuleTest {
    private static final PackageName GO = new PackageName(Ecosystem.GO, "example.com/lib");
    private static final PackageName NPM = new PackageName(Ecosystem.NPM, "request");
    private static final String MOD = "https://proxy.example/example.com/lib/@v/v1.3.0.mod";

    private final RetractedVersionRule rule = new RetractedVersionRule();
    private final RuleContext context = new RuleContext(
            TestFacts.kb(List.of(), List.of()),
            Policy.defaults(),
            WithdrawnVersions.of(Map.of(
                    GO, Map.of("v1.2.1", new Withdrawal(Withdrawal.Kind.RETRACTED, "deadlocks on close", MOD)),
                    NPM,
                            Map.of(
                                    "2.88.2",
                                    new Withdrawal(
                                            Withdrawal.Kind.DEPRECATED, "", "https://registry.example/request")))));

    @Test
    void aRetractedGoVersionIsAMediumWarningWithTheAuthorsReason() {
        List<Finding> f = rule.check(TestFacts.pkg(GO, "v1.2.1", List.of()), context);
        assertEquals(1, f.size());
        assertEquals(Severity.MEDIUM, f.get(0).severity());
        assertEquals(
                "v1.2.1 is retracted by its module's author: \"deadlocks on close\" (" + MOD + ")",
                f.get(0).message());
        assertEquals(Level.WARN, Policy.defaults().levelOf(rule), "a withdrawal warns; a policy can make it an error");
    }

    @Test
    void aDeprecatedNpmVersionIsLowAndSaysWhenNoReasonWasGiven() {
        List<Finding> f = rule.check(TestFacts.pkg(NPM, "2.88.2", List.of()), context);
        assertEquals(Severity.LOW, f.get(0).severity());
        assertTrue(
                f.get(0).message().contains("deprecated on the npm registry: no reason given"),
                f.get(0).message());
    }

    @Test
    void otherVersionsAndUnknownPackagesAreNotFlagged() {
        assertEquals(List.of(), rule.check(TestFacts.pkg(GO, "v1.2.2", List.of()), context));
        assertEquals(List.of(), rule.check(TestFacts.pkg(TestFacts.LIB, "v1.2.1", List.of()), context));
        assertEquals(
                List.of(),
                rule.check(TestFacts.pkg(GO, "v1.2.1", List.of()), new RuleContext(TestFacts.kb(List.of(), List.of()))),
                "nothing known, nothing found");
    }
}
