package dev.upgraderisk.kb.guard;

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
import dev.upgraderisk.kb.RegressionFacts;
import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Optional;

/** Advisories made in code for the guard tests: one package, ranges given as events. */
final class Advisories {
    private Advisories() {}

    static Advisory of(
            String id, Severity severity, Ecosystem ecosystem, String name, List<String> aliases, Affected... more) {
        return new Advisory(
                id,
                List.of(),
                "summary of " + id,
                "details",
                List.of(more),
                List.of(),
                new RegressionFacts(
                        Kind.CRASH,
                        severity,
                        "trigger",
                        "symptom",
                        Optional.empty(),
                        Optional.empty(),
                        aliases,
                        Confidence.HIGH,
                        List.of()),
                "2026-01-01T00:00:00Z",
                "2026-01-01T00:00:00Z",
                ecosystem.folder() + "/" + id + ".yaml",
                Origin.CURATED);
    }

    static Affected affected(Ecosystem ecosystem, String name, List<String> versions, RangeEvent... events) {
        List<AffectedRange> ranges = events.length == 0
                ? List.of()
                : List.of(new AffectedRange(ecosystem == Ecosystem.MAVEN ? "ECOSYSTEM" : "SEMVER", List.of(events)));
        return new Affected(new PackageName(ecosystem, name), ranges, versions);
    }

    static KnowledgeBase kb(List<Advisory> advisories, PackageRename... renames) {
        return new KnowledgeBase(advisories, List.of(renames), new KnowledgeBaseOrigin("test", "", "0"));
    }
}
