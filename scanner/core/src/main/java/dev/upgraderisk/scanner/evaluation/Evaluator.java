package dev.upgraderisk.scanner.evaluation;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.rules.Level;
import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.rules.PolicyEvaluator;
import dev.upgraderisk.rules.PolicyReport;
import dev.upgraderisk.rules.RetractedVersionRule;
import dev.upgraderisk.rules.RuleContext;
import dev.upgraderisk.rules.RuleEngine;
import dev.upgraderisk.rules.WithdrawnVersions;
import dev.upgraderisk.scanner.advice.DirectUpgradeSource;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.advice.UpgradeAdvisor;
import dev.upgraderisk.scanner.advice.VersionSource;
import dev.upgraderisk.scanner.advice.VersionSources;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.profile.Phase;
import dev.upgraderisk.scanner.profile.Phases;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Graphs in, a judged result out: the rules against the advisories, the policy's verdict, and upgrade advice. */
public final class Evaluator {
    private final KnowledgeBaseProvider knowledgeBases = new KnowledgeBaseProvider();

    /** Loads the advisories a request names (the curated entries, a fetched copy, OSV files). */
    public AdvisorySources load(KnowledgeBaseRequest request) throws InputException {
        return knowledgeBases.load(request);
    }

    /**
     * For a host that resolved the graphs itself (the Maven plugin, with the build's own mediation): the same rules,
     * policy and advice as a scan. {@code root} is where the policy file is looked for.
     */
    public ScanResult evaluate(
            Path root,
            List<DependencyGraph> graphs,
            KnowledgeBaseRequest knowledgeBase,
            PolicySource policy,
            Map<Ecosystem, VersionSource> versionSources,
            List<String> adviseFor)
            throws ScanException {
        return evaluate(new Evaluation(
                root, graphs, load(knowledgeBase), policy, versionSources, adviseFor, Optional.empty(), true));
    }

    public ScanResult evaluate(Evaluation e) throws InputException {
        KnowledgeBase kb = e.advisories().knowledgeBase();
        Policy policy = e.policy().load(e.root());
        List<DependencyGraph> graphs = e.graphs();
        WithdrawnVersions withdrawn = WithdrawnVersions.NONE;
        if (policy.levelOf(RetractedVersionRule.ID) != Level.OFF) { // an 'off' rule asks no registry
            try (Phase p = Phases.start("withdrawals")) {
                WithdrawalLookup.Outcome looked = WithdrawalLookup.lookUp(graphs, e.versionSources());
                withdrawn = looked.withdrawn();
                graphs = looked.graphs();
            }
        }
        PolicyReport verdict;
        try (Phase p = Phases.start("rules")) {
            List<Finding> all =
                    RuleEngine.standard().evaluate(GraphFacts.of(graphs), new RuleContext(kb, policy, withdrawn));
            verdict = PolicyEvaluator.evaluate(policy, all, LocalDate.now(ZoneOffset.UTC));
        }
        try (Phase p = Phases.start("advice")) {
            return advise(e, kb, policy, graphs, verdict);
        }
    }

    private ScanResult advise(
            Evaluation e, KnowledgeBase kb, Policy policy, List<DependencyGraph> graphs, PolicyReport verdict) {
        List<Finding> findings =
                verdict.judgements().stream().map(Judgement::finding).toList();
        UpgradeAdvisor advisor = new UpgradeAdvisor(
                kb, new VersionSources(e.versionSources()), policy.failOn(), e.minAge(), Instant.now());
        Map<Finding, UpgradeAdvice> advice = new LinkedHashMap<>();
        Optional<DirectUpgradeSource> directs = Optional.ofNullable(
                        e.versionSources().get(Ecosystem.MAVEN))
                .filter(DirectUpgradeSource.class::isInstance)
                .map(DirectUpgradeSource.class::cast);
        // one piece of advice per key, the keys worked out in parallel (each may resolve other releases' graphs or
        // ask a registry), then handed out in the findings' order: the result is the same as one at a time
        Map<Finding, AdviceKey> keys = new LinkedHashMap<>();
        Map<AdviceKey, Supplier<UpgradeAdvice>> work = new LinkedHashMap<>();
        for (Finding f : e.adviseFindings() ? findings : List.<Finding>of()) {
            var p = f.pkg();
            // the direct-dependency search resolves other releases' graphs: only for risks that fail the run
            boolean failing = verdict.judgements().stream().anyMatch(j -> j.finding() == f && j.failing());
            // the direct-dependency search lists Maven releases: a Go or npm package (beside a pom.xml, or in an SBOM)
            // has none to search
            boolean transitive = failing
                    && !p.direct()
                    && !p.paths().isEmpty()
                    && f.match().isPresent()
                    && p.paths().get(0).direct().pkg().ecosystem() == Ecosystem.MAVEN;
            AdviceKey key = new AdviceKey(p.manifest(), p.pkg(), p.version(), transitive);
            keys.put(f, key);
            work.putIfAbsent(
                    key,
                    () -> transitive
                            ? advisor.advise(
                                    p.manifest(),
                                    p.pkg(),
                                    p.version(),
                                    p.paths().get(0).direct().pkg(),
                                    p.paths().get(0).direct().version(),
                                    directs)
                            : advisor.advise(p.manifest(), p.pkg(), p.version()));
        }
        Map<AdviceKey, UpgradeAdvice> done = ParallelAdvice.compute(work);
        keys.forEach((f, key) -> advice.put(f, done.get(key)));
        List<ScanResult.PackageAdvice> requested = new ArrayList<>();
        for (DependencyGraph g : graphs) {
            for (var n : g.nodes()) {
                if (e.adviseFor().contains(n.pkg().name())) {
                    requested.add(new ScanResult.PackageAdvice(
                            g.manifest(), n, advisor.advise(g.manifest(), n.pkg(), n.version())));
                }
            }
        }
        return new ScanResult(displayName(e.root()), graphs, findings, advice, e.advisories(), verdict, requested);
    }

    /** Findings on the same package, version and kind of advice share one piece of advice. */
    private record AdviceKey(String manifest, PackageName pkg, String version, boolean transitive) {}

    private static String displayName(Path root) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? "/" : name.toString();
    }
}
