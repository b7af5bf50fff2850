package dev.upgraderisk.scanner.report;

import static dev.upgraderisk.scanner.report.TextReportWriter.clean;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.KnownRegressionRule;
import dev.upgraderisk.rules.KnownVulnerabilityRule;
import dev.upgraderisk.rules.RetractedVersionRule;
import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.json.JsonTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The advice of a scan, package by package (every package with a known-regression, known-vulnerability or
 * retracted-version finding, or the one asked about): the version to move to, the versions to skip and why, and
 * the change that moves it where the build decides the version, with its snippet. Text or JSON; the CLI's {@code advise} and the plugin's {@code advise} goal print it.
 */
public final class AdviceReport {
    private AdviceReport() {}

    /** One package in one manifest, the findings on it, and the advice. */
    public record Item(String manifest, GraphNode node, List<Finding> findings, UpgradeAdvice advice) {}

    /** The packages to advise on: those with findings, or only {@code pkg} when given. */
    public static List<Item> items(ScanResult r, Optional<String> pkg) {
        Map<String, Item> out = new LinkedHashMap<>();
        for (ScanResult.PackageAdvice a : r.requestedAdvice()) {
            out.put(
                    a.manifest() + " " + a.node().pkg().name() + " " + a.node().version(),
                    new Item(a.manifest(), a.node(), new ArrayList<>(), a.advice()));
        }
        for (Finding f : r.findings()) {
            boolean affects = f.ruleId().equals(KnownRegressionRule.ID)
                    || f.ruleId().equals(KnownVulnerabilityRule.ID)
                    || f.ruleId().equals(RetractedVersionRule.ID);
            if (r.judgement(f).suppressed() || !affects) continue;
            if (pkg.isPresent() && !f.pkg().pkg().name().equals(pkg.get())) continue;
            String key = f.pkg().manifest() + " " + f.pkg().pkg().name() + " "
                    + f.pkg().version();
            GraphNode node = r.graphs().stream()
                    .filter(g -> g.manifest().equals(f.pkg().manifest()))
                    .flatMap(g -> g.nodes().stream())
                    .filter(n -> n.pkg().equals(f.pkg().pkg())
                            && n.version().equals(f.pkg().version()))
                    .findFirst()
                    .orElseThrow();
            out.computeIfAbsent(
                            key,
                            k -> new Item(
                                    f.pkg().manifest(),
                                    node,
                                    new ArrayList<>(),
                                    r.advice(f)
                                            .orElseThrow(() ->
                                                    new IllegalStateException("the scan gave no advice for " + key))))
                    .findings()
                    .add(f);
        }
        return List.copyOf(out.values());
    }

    public static String text(List<Item> items) {
        if (items.isEmpty()) return "Nothing to advise: no package is affected by a known entry.\n";
        StringBuilder sb = new StringBuilder();
        for (Item i : items) {
            UpgradeAdvice a = i.advice();
            sb.append(clean(i.manifest()))
                    .append(": ")
                    .append(clean(i.node().pkg().name()))
                    .append(' ')
                    .append(clean(i.node().version()))
                    .append(
                            i.node().direct()
                                    ? " (direct)"
                                    : " (transitive via "
                                            + (i.node().paths().isEmpty()
                                                    ? "?"
                                                    : clean(i.node()
                                                            .paths()
                                                            .get(0)
                                                            .direct()
                                                            .pkg()
                                                            .name()))
                                            + ")")
                    .append('\n');
            if (!i.findings().isEmpty()) {
                sb.append("  affected by:  ")
                        .append(String.join(
                                ", ",
                                i.findings().stream()
                                        .map(f -> clean(reason(f)))
                                        .distinct()
                                        .toList()))
                        .append('\n');
            }
            i.findings().stream()
                    .flatMap(f -> f.match().stream())
                    .flatMap(m -> m.advisory().references("FIX").stream())
                    .distinct()
                    .forEach(u -> sb.append("  fixed by:     ").append(clean(u)).append('\n'));
            sb.append("  recommended:  ")
                    .append(a.recommendedVersion()
                            .map(v -> clean(v))
                            .orElse(
                                    i.findings().isEmpty()
                                            ? "stay on " + i.node().version()
                                            : "none found"))
                    .append(" (from ")
                    .append(a.basis())
                    .append(")\n");
            a.skip()
                    .forEach(s -> sb.append("  skip:         ")
                            .append(clean(s.version()))
                            .append(" (")
                            .append(clean(s.why()))
                            .append(")\n"));
            a.viaDirect()
                    .ifPresent(d -> sb.append("  or upgrade:   ")
                            .append(clean(d.direct().name()))
                            .append(" to ")
                            .append(clean(d.version()))
                            .append(d.brings()
                                    .map(v -> ", which brings " + clean(v))
                                    .orElse(", which no longer brings it"))
                            .append('\n'));
            a.change()
                    .ifPresent(c -> sb.append("  change:       ")
                            .append(clean(c.describe()))
                            .append('\n'));
            a.snippet().ifPresent(sn -> {
                boolean pin = a.change().isEmpty() || a.change().get() instanceof BuildChange.ManagedPin;
                sb.append(pin ? "  pin with:\n" : "  set with:\n");
                sn.lines()
                        .forEach(l -> sb.append("    ")
                                .append(l.replaceAll("[\\p{Cc}\\p{Cf}]", "?"))
                                .append('\n'));
            });
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The entry id, or for a withdrawn version the rule and what the publisher said. */
    private static String reason(Finding f) {
        return f.match().map(m -> m.advisory().id()).orElse(f.ruleId() + ": " + f.message());
    }

    public static String json(List<Item> items) {
        ObjectNode root = JsonTrees.object();
        root.put("schemaVersion", "1.1");
        ArrayNode list = root.putArray("advice");
        for (Item i : items) {
            UpgradeAdvice a = i.advice();
            ObjectNode o = list.addObject();
            o.put("manifest", i.manifest());
            o.put("ecosystem", i.node().pkg().ecosystem().osvName());
            o.put("package", i.node().pkg().name());
            o.put("direct", i.node().direct());
            o.put("currentVersion", i.node().version());
            a.recommendedVersion()
                    .ifPresentOrElse(v -> o.put("recommendedVersion", v), () -> o.putNull("recommendedVersion"));
            ArrayNode affected = o.putArray("affectedBy");
            i.findings().stream().map(AdviceReport::reason).distinct().forEach(affected::add);
            ArrayNode fixes = o.putArray("fixedBy");
            i.findings().stream()
                    .flatMap(f -> f.match().stream())
                    .flatMap(m -> m.advisory().references("FIX").stream())
                    .distinct()
                    .forEach(fixes::add);
            ArrayNode skip = o.putArray("skip");
            a.skip().forEach(s -> {
                ObjectNode so = skip.addObject();
                so.put("version", s.version());
                ArrayNode reasons = so.putArray("reasons");
                s.advisoryIds().forEach(reasons::add);
                if (s.advisoryIds().isEmpty()) reasons.add(s.reason());
            });
            a.viaDirect()
                    .ifPresentOrElse(
                            d -> {
                                ObjectNode via = o.putObject("upgradeDirect");
                                via.put("package", d.direct().name());
                                via.put("version", d.version());
                                d.brings().ifPresentOrElse(v -> via.put("brings", v), () -> via.putNull("brings"));
                            },
                            () -> o.putNull("upgradeDirect"));
            a.snippet().ifPresentOrElse(s -> o.put("snippet", s), () -> o.putNull("snippet"));
            BuildChangeJson.put(o, "change", a.change());
            o.put("basis", a.basis());
        }
        return PrettyJson.write(root);
    }
}
