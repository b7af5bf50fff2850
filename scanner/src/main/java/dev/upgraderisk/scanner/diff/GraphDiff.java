package dev.upgraderisk.scanner.diff;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.rules.MajorVersionJumpRule;
import dev.upgraderisk.rules.PackageChangeFacts;
import dev.upgraderisk.rules.RuleContext;
import dev.upgraderisk.rules.UpgradeIntroducesRegressionRule;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.manifest.ManifestKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Compares the scans of two revisions package by package, manifest by manifest. */
public final class GraphDiff {
    private GraphDiff() {}

    /** The risk of a change: every package change, and the findings the change brings in that fail the policy. */
    public record Result(
            List<PackageChange> changes, List<Judgement> introducedFailing, ScanResult before, ScanResult after) {
        public Result {
            changes = List.copyOf(changes);
            introducedFailing = List.copyOf(introducedFailing);
        }
    }

    public static Result compare(ScanResult before, ScanResult after) {
        Map<PackageKey, GraphNode> old = index(before);
        Map<PackageKey, GraphNode> now = index(after);
        Map<PackageKey, Map<String, Finding>> oldRisks = risks(before);
        Map<PackageKey, Map<String, Finding>> newRisks = risks(after);
        Set<PackageKey> keys = new LinkedHashSet<>(new TreeMap<>(old).keySet());
        keys.addAll(new TreeMap<>(now).keySet());
        List<PackageChange> changes = new ArrayList<>();
        Set<IntroducedRisk> introducedIds = new LinkedHashSet<>();
        for (PackageKey key : keys) {
            GraphNode o = old.get(key);
            GraphNode n = now.get(key);
            Optional<String> v0 = Optional.ofNullable(o).map(GraphNode::version);
            Optional<String> v1 = Optional.ofNullable(n).map(GraphNode::version);
            Map<String, Finding> f0 = oldRisks.getOrDefault(key, Map.of());
            Map<String, Finding> f1 = new LinkedHashMap<>(newRisks.getOrDefault(key, Map.of()));
            Set<String> r0 = f0.keySet();
            Set<String> r1 = Set.copyOf(f1.keySet());
            if (v0.equals(v1) && r0.equals(r1)) continue;
            GraphNode any = n != null ? n : o;
            PackageChange.Kind kind = o == null
                    ? PackageChange.Kind.ADDED
                    : n == null
                            ? PackageChange.Kind.REMOVED
                            : v0.equals(v1) ? PackageChange.Kind.UNCHANGED : direction(any, v0.get(), v1.get());
            String manifest = manifestOf(before, after, key.manifest());
            var facts = new PackageChangeFacts(
                    manifest, any.pkg(), v0, v1, (n != null && n.direct()) || (o != null && o.direct()));
            var context = new RuleContext(after.sources().knowledgeBase(), after.policy());
            Set<String> introducedSet = new LinkedHashSet<>(
                    f1.keySet().stream().filter(id -> !r0.contains(id)).toList());
            new UpgradeIntroducesRegressionRule()
                    .check(facts, context)
                    .forEach(f -> f.match()
                            .filter(m -> m.advisory().facts().severity().isAtLeast(Severity.LOW))
                            .ifPresent(m -> {
                                introducedSet.add(m.advisory().id());
                                f1.putIfAbsent(m.advisory().id(), f);
                            }));
            List<String> introduced = List.copyOf(introducedSet);
            List<String> fixed = r0.stream().filter(id -> !r1.contains(id)).toList();
            List<String> remaining = f1.keySet().stream().filter(r0::contains).toList();
            var findings = new PackageChange.Findings(
                    introduced.stream().map(f1::get).toList(),
                    fixed.stream().map(f0::get).toList(),
                    remaining.stream().map(f1::get).toList());
            introduced.forEach(id -> introducedIds.add(new IntroducedRisk(key, id)));
            boolean direct = (n != null && n.direct()) || (o != null && o.direct());
            boolean mediationOnly = !direct && o != null && n != null;
            boolean majorJump =
                    !new MajorVersionJumpRule().check(facts, context).isEmpty();
            changes.add(new PackageChange(
                    manifest,
                    any.pkg(),
                    kind,
                    v0,
                    v1,
                    direct,
                    mediationOnly,
                    majorJump,
                    introduced,
                    fixed,
                    remaining,
                    findings));
        }
        List<Judgement> failing = new ArrayList<>();
        for (Judgement j : after.verdict().failing()) {
            Finding f = j.finding();
            String id = f.match().map(m -> m.advisory().id()).orElse(f.ruleId());
            if (introducedIds.contains(new IntroducedRisk(
                    key(moduleOf(after, f.pkg().manifest()), f.pkg().pkg().name()), id))) {
                failing.add(j);
            }
        }
        return new Result(changes, failing, before, after);
    }

    /** Upgraded or downgraded; CHANGED when a version is not one the scheme can order (a git URL, a local path). */
    private static PackageChange.Kind direction(GraphNode node, String from, String to) {
        try {
            return node.pkg().ecosystem().versionScheme().compare(to, from) > 0
                    ? PackageChange.Kind.UPGRADED
                    : PackageChange.Kind.DOWNGRADED;
        } catch (IllegalArgumentException e) {
            return PackageChange.Kind.CHANGED;
        }
    }

    private static Map<PackageKey, GraphNode> index(ScanResult r) {
        Map<PackageKey, GraphNode> out = new LinkedHashMap<>();
        for (DependencyGraph g : r.graphs()) {
            for (GraphNode n : g.nodes()) {
                out.putIfAbsent(key(moduleOf(r, g.manifest()), n.pkg().name()), n);
            }
        }
        return out;
    }

    /**
     * What identifies a manifest across revisions: a Maven module by its groupId:artifactId (so that a module folder
     * that was renamed is the same module), other manifests (SBOMs and Gradle files too) by their path.
     */
    private static String moduleOf(ScanResult r, String manifest) {
        return r.graphs().stream()
                .filter(g -> g.manifest().equals(manifest))
                .findFirst()
                .filter(g -> g.ecosystem() == Ecosystem.MAVEN && g.root().contains(":") && !sbom(g.manifest()))
                .map(g -> g.root().substring(0, g.root().lastIndexOf(':')))
                .orElse(manifest);
    }

    private static boolean sbom(String manifest) {
        return ManifestKind.of(Path.of(manifest)).filter(ManifestKind::isSbom).isPresent();
    }

    private static String manifestOf(ScanResult before, ScanResult after, String module) {
        for (ScanResult r : List.of(after, before)) {
            for (DependencyGraph g : r.graphs()) {
                if (moduleOf(r, g.manifest()).equals(module)) return g.manifest();
            }
        }
        return module;
    }

    /** The non-suppressed findings per manifest and package, by advisory id (or rule id); the first of each. */
    private static Map<PackageKey, Map<String, Finding>> risks(ScanResult r) {
        Map<PackageKey, Map<String, Finding>> out = new LinkedHashMap<>();
        for (Judgement j : r.verdict().active()) {
            Finding f = j.finding();
            if (f.informational()) continue;
            out.computeIfAbsent(
                            key(moduleOf(r, f.pkg().manifest()), f.pkg().pkg().name()), k -> new LinkedHashMap<>())
                    .putIfAbsent(f.match().map(m -> m.advisory().id()).orElse(f.ruleId()), f);
        }
        return out;
    }

    private static PackageKey key(String manifest, String pkg) {
        return new PackageKey(manifest, pkg);
    }

    /** A package in one module, ordered by module, then name. */
    private record PackageKey(String manifest, String pkg) implements Comparable<PackageKey> {
        @Override
        public int compareTo(PackageKey other) {
            int c = manifest.compareTo(other.manifest);
            return c != 0 ? c : pkg.compareTo(other.pkg);
        }
    }

    /** An advisory that a change brought into a package. */
    private record IntroducedRisk(PackageKey key, String advisoryId) {}
}
