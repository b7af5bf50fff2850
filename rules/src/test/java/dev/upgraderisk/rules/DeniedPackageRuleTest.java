package dev.upgraderisk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeniedPackageRuleTest {
    private final DeniedPackageRule rule = new DeniedPackageRule();
    private final Policy policy = new Policy(
            Severity.LOW,
            Map.of(),
            List.of(),
            List.of(new PackageSelector(Optional.empty(), "commons-collections:*", Optional.of("3.2.*"))),
            List.of(),
            "test");
    private final RuleContext context = new RuleContext(TestFacts.kb(List.of(), List.of()), policy);

    @Test
    void aDeniedVersionIsReported() {
        PackageName cc = PackageName.maven("commons-collections", "commons-collections");
        List<Finding> f = rule.check(TestFacts.pkg(cc, "3.2.1", List.of()), context);
        assertEquals(1, f.size());
        assertEquals(Severity.HIGH, f.get(0).severity());
    }

    @Test
    void otherVersionsAndPackagesAreNot() {
        PackageName cc = PackageName.maven("commons-collections", "commons-collections");
        assertTrue(rule.check(TestFacts.pkg(cc, "4.0", List.of()), context).isEmpty());
        assertTrue(rule.check(TestFacts.pkg(TestFacts.LIB, "3.2.1", List.of()), context)
                .isEmpty());
    }
}
