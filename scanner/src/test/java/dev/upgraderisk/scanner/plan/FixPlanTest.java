package dev.upgraderisk.scanner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix plan of real scans of fixture projects resolved from the fixture repository. */
class FixPlanTest {
    @TempDir
    Path tmp;

    private ScanResult scan(String project, String kb) throws Exception {
        return new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project(project))
                        .withMaven(Fixtures.maven(tmp))
                        .withKnowledgeBase(Fixtures.knowledgeBase(kb)));
    }

    @Test
    void oneUpgradePerPackageEndsWhatTheTargetIsFreeOfAndNamesWhatItLeaves() throws Exception {
        FixPlan plan = FixPlan.of(scan("plan", "plan"));
        assertEquals(1, plan.upgrades().size(), plan.toString());
        PlannedUpgrade c = plan.upgrades().get(0);
        assertEquals("org.fixture:lib-c", c.pkg().name());
        assertEquals("2.0", c.from());
        assertEquals("3.0", c.to(), "2.1 is skipped: URK-2026-9002 affects it");
        assertEquals(List.of("URK-2026-9001", "URK-2026-9003"), c.endsIds());
        assertEquals(
                List.of("URK-2026-9004"),
                c.remains().stream().map(FixPlan::idOf).toList(),
                "below the threshold, the advice ignores it, and 3.0 is still affected");
        assertEquals(2, c.failingEnded());
        assertTrue(c.direct());
        assertEquals(List.of("pom.xml"), c.manifests());
    }

    @Test
    void aPackageWithNoUnaffectedReleaseIsLeftWithoutAnUpgrade() throws Exception {
        FixPlan plan = FixPlan.of(scan("plan", "plan"));
        assertEquals(1, plan.unfixed().size());
        FindingGroup b = plan.unfixed().get(0);
        assertEquals("org.fixture:lib-b", b.pkg().pkg().name());
        assertEquals(
                List.of("URK-2026-9005"),
                b.entries().stream().map(FixPlan::idOf).toList());
        assertEquals(4, plan.findings());
        assertEquals(2, plan.ended());
    }

    @Test
    void groupsGatherEveryEntryOfAPackageVersionUnderOneAdvice() throws Exception {
        List<FindingGroup> groups = FindingGroup.of(scan("plan", "plan"));
        FindingGroup c = groups.stream()
                .filter(g -> g.pkg().pkg().name().equals("org.fixture:lib-c"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, c.entries().size());
        assertEquals("3.0", c.advice().orElseThrow().recommendedVersion().orElseThrow());
        assertTrue(c.failing());
        assertEquals("high", c.severity().id());
    }

    @Test
    void aCleanProjectHasAnEmptyPlan() throws Exception {
        assertTrue(FixPlan.of(scan("test-jar", "plan")).isEmpty());
    }
}
