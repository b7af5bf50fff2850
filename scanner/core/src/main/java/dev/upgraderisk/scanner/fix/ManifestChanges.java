package dev.upgraderisk.scanner.fix;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.report.AdviceReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The changes that carry out a scan's advice: one per place in the build, for every package that advise lists with a
 * recommended version. Two packages moved by one property (log4j-api and log4j-core by {@code log4j2.version}) give
 * one change; where two ask different values of one place, the higher wins.
 */
public final class ManifestChanges {
    private ManifestChanges() {}

    public static List<BuildChange> of(ScanResult result) {
        Map<String, BuildChange> byPlace = new LinkedHashMap<>();
        for (AdviceReport.Item item : AdviceReport.items(result, Optional.empty())) {
            UpgradeAdvice advice = item.advice();
            Optional<BuildChange> change = advice.changeOrFallback(item.manifest());
            if (change.isEmpty()) continue;
            Ecosystem ecosystem = item.node().pkg().ecosystem();
            byPlace.merge(change.get().place(), change.get(), (a, b) -> higher(ecosystem, a, b));
        }
        return List.copyOf(new ArrayList<>(byPlace.values()));
    }

    private static BuildChange higher(Ecosystem ecosystem, BuildChange a, BuildChange b) {
        return ecosystem.versionScheme().compare(a.version(), b.version()) >= 0 ? a : b;
    }
}
