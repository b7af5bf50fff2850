package dev.upgraderisk.scanner.plan;

import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.rules.PackageFacts;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings on one package version in one manifest, with the one piece of advice they share: reports show the
 * package, its paths and its advice once, and every entry beneath it. Suppressed findings are not grouped here.
 */
public record FindingGroup(PackageFacts pkg, List<ScanResult.Entry> entries, Optional<UpgradeAdvice> advice) {
    public FindingGroup {
        Objects.requireNonNull(pkg, "pkg");
        entries = List.copyOf(entries);
        Objects.requireNonNull(advice, "advice");
    }

    /** The groups of a result's shown findings, in the findings' order (by manifest, then first appearance). */
    public static List<FindingGroup> of(ScanResult r) {
        Map<Key, List<ScanResult.Entry>> byPackage = new LinkedHashMap<>();
        for (ScanResult.Entry e : r.entries()) {
            if (e.judgement().suppressed()) continue;
            var p = e.finding().pkg();
            byPackage
                    .computeIfAbsent(new Key(p.manifest(), p.pkg().name(), p.version()), k -> new ArrayList<>())
                    .add(e);
        }
        List<FindingGroup> groups = new ArrayList<>();
        byPackage
                .values()
                .forEach(es -> groups.add(new FindingGroup(es.get(0).finding().pkg(), es, adviceOf(es))));
        return List.copyOf(groups);
    }

    /** The fullest advice among the entries: the one that also names a direct-dependency upgrade, if any. */
    private static Optional<UpgradeAdvice> adviceOf(List<ScanResult.Entry> entries) {
        Optional<UpgradeAdvice> first = Optional.empty();
        for (ScanResult.Entry e : entries) {
            if (e.advice().isEmpty()) continue;
            if (e.advice().get().viaDirect().isPresent()) return e.advice();
            if (first.isEmpty()) first = e.advice();
        }
        return first;
    }

    public String manifest() {
        return pkg.manifest();
    }

    /** The ids of its findings (entry ids, else rule ids), each once, in order. */
    public List<String> ids() {
        return entries.stream().map(FixPlan::idOf).distinct().toList();
    }

    /** True when some entry of the group fails the run. */
    public boolean failing() {
        return entries.stream().anyMatch(e -> e.judgement().failing());
    }

    /** The highest severity among the entries. */
    public Severity severity() {
        Severity top = Severity.LOW;
        for (ScanResult.Entry e : entries) {
            if (e.finding().severity().isAtLeast(top)) top = e.finding().severity();
        }
        return top;
    }

    private record Key(String manifest, String name, String version) {}
}
