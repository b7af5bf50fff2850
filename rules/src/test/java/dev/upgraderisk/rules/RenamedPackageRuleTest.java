package dev.upgraderisk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.PackageRename;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenamedPackageRuleTest {
    private static final PackageName OLD = new PackageName(Ecosystem.GO, "nhooyr.io/websocket");
    private static final PackageName NEW = new PackageName(Ecosystem.GO, "github.com/coder/websocket");
    private final RuleContext context = new RuleContext(
            TestFacts.kb(List.of(), List.of(new PackageRename(OLD, NEW, "", "https://coder.com/blog/websocket"))));
    private final RenamedPackageRule rule = new RenamedPackageRule();

    @Test
    void theOldNameIsReported() {
        List<Finding> f = rule.check(TestFacts.pkg(OLD, "v1.8.17", List.of()), context);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().startsWith("nhooyr.io/websocket moved to github.com/coder/websocket"));
    }

    @Test
    void aMavenRelocationIsReported() {
        PackageName connector = PackageName.maven("com.mysql", "mysql-connector-j");
        var facts = new PackageFacts(
                "pom.xml",
                connector,
                "8.0.33",
                "runtime",
                false,
                true,
                List.of(),
                List.of(),
                List.of("mysql:mysql-connector-java:8.0.33"));
        List<Finding> f = rule.check(facts, context);
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).message().contains("relocated to com.mysql:mysql-connector-j:8.0.33"),
                f.get(0).message());
    }

    @Test
    void theNewNameAndOtherPackagesAreNot() {
        assertTrue(rule.check(TestFacts.pkg(NEW, "v1.8.17", List.of()), context).isEmpty());
        assertTrue(rule.check(TestFacts.pkg(TestFacts.LIB, "1.0", List.of()), context)
                .isEmpty());
    }
}
