package dev.upgraderisk.rules;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.AffectedRange;
import dev.upgraderisk.kb.Confidence;
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

/** Small builders for rule tests: an entry, a knowledge base, a package as rules see it. */
final class TestFacts {
    static final PackageName LIB = PackageName.maven("org.example", "lib");

    private TestFacts() {}

    static Advisory entry(String id, PackageName pkg, String introduced, String fixed, Severity severity) {
        var facts = new RegressionFacts(
                Kind.LEAK,
                severity,
                "t",
                "s",
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Confidence.HIGH,
                List.of());
        var range = new AffectedRange("ECOSYSTEM", List.of(RangeEvent.introduced(introduced), RangeEvent.fixed(fixed)));
        return new Advisory(
                id,
                List.of(),
                "summary of " + id,
                "details",
                List.of(new Affected(pkg, List.of(range), List.of())),
                List.of(
                        new Reference("REPORT", "https://example.org/i/1"),
                        new Reference("FIX", "https://example.org/p/2")),
                facts,
                "2026-11-27T00:00:00Z",
                "2026-11-27T00:00:00Z",
                "maven/" + id + ".yaml",
                Origin.CURATED);
    }

    static KnowledgeBase kb(List<Advisory> entries, List<PackageRename> renames) {
        return new KnowledgeBase(entries, renames, new KnowledgeBaseOrigin("test", "", "1"));
    }

    static PackageFacts pkg(PackageName name, String version, List<MediatedRequest> lost) {
        return new PackageFacts(
                "pom.xml",
                name,
                version,
                "compile",
                false,
                false,
                List.of(new DependencyPath(List.of(new PathStep(name, version)))),
                lost);
    }

    static MediatedRequest lost(PackageName name, String version) {
        return new MediatedRequest(
                version,
                new DependencyPath(List.of(
                        new PathStep(PackageName.maven("org.example", "a"), "1.0"), new PathStep(name, version))));
    }
}
