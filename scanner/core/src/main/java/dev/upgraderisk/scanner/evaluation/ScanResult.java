package dev.upgraderisk.scanner.evaluation;

import dev.upgraderisk.kb.KnowledgeBaseOrigin;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.rules.PolicyReport;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one scan found: the graphs of every manifest, the findings (in a stable order), each with the policy's
 * judgement and the advice for its package, which knowledge base was used and the policy's verdict. Looking up a
 * finding's judgement or advice costs no search.
 */
public final class ScanResult {
    /** One finding with what the policy made of it and, where advice was asked for, where to move. */
    public record Entry(Finding finding, Judgement judgement, Optional<UpgradeAdvice> advice) {}

    /** Advice on a package that the request named for advice, in one manifest. */
    public record PackageAdvice(String manifest, GraphNode node, UpgradeAdvice advice) {}

    private final String scannedRoot;
    private final List<DependencyGraph> graphs;
    private final List<Entry> entries;
    private final AdvisorySources sources;
    private final PolicyReport verdict;
    private final List<PackageAdvice> requestedAdvice;
    private final Map<Finding, Entry> byFinding = new IdentityHashMap<>();

    public ScanResult(
            String scannedRoot,
            List<DependencyGraph> graphs,
            List<Finding> findings,
            Map<Finding, UpgradeAdvice> advice,
            AdvisorySources sources,
            PolicyReport verdict,
            List<PackageAdvice> requestedAdvice) {
        this.scannedRoot = scannedRoot;
        this.graphs = List.copyOf(graphs);
        this.sources = sources;
        this.verdict = verdict;
        this.requestedAdvice = List.copyOf(requestedAdvice);
        Map<Finding, Judgement> judged = new IdentityHashMap<>();
        verdict.judgements().forEach(j -> judged.put(j.finding(), j));
        List<Entry> all = new ArrayList<>();
        for (Finding f : findings) {
            Judgement j = judged.get(f);
            if (j == null) throw new IllegalArgumentException("finding without a judgement: " + f.ruleId());
            Entry e = new Entry(f, j, Optional.ofNullable(advice.get(f)));
            all.add(e);
            byFinding.put(f, e);
        }
        this.entries = List.copyOf(all);
    }

    public String scannedRoot() {
        return scannedRoot;
    }

    public List<DependencyGraph> graphs() {
        return graphs;
    }

    /** Every finding with its judgement and advice, in the findings' order. */
    public List<Entry> entries() {
        return entries;
    }

    public List<Finding> findings() {
        return entries.stream().map(Entry::finding).toList();
    }

    /** Whether {@code f} is one of this result's findings (the very object, not an equal one). */
    public boolean has(Finding f) {
        return byFinding.containsKey(f);
    }

    /** The advice for a finding of this result, if advice was asked for. */
    public Optional<UpgradeAdvice> advice(Finding f) {
        return entry(f).advice();
    }

    public AdvisorySources sources() {
        return sources;
    }

    public PolicyReport verdict() {
        return verdict;
    }

    public List<PackageAdvice> requestedAdvice() {
        return requestedAdvice;
    }

    private Entry entry(Finding f) {
        Entry e = byFinding.get(f);
        if (e == null) throw new IllegalArgumentException("not a finding of this result: " + f.ruleId());
        return e;
    }

    /** Findings that fail the run: at or above the threshold, at level error, not suppressed. */
    public List<Finding> failing() {
        return verdict.failing().stream().map(Judgement::finding).toList();
    }

    public Policy policy() {
        return verdict.policy();
    }

    /** The policy's view of one finding (every finding of {@link #findings()} has one). */
    public Judgement judgement(Finding f) {
        return entry(f).judgement();
    }

    /** The curated knowledge base this run used. */
    public KnowledgeBaseOrigin knowledgeBase() {
        return sources.curated();
    }

    public int knowledgeBaseEntries() {
        return sources.curatedEntries();
    }

    /** False when some graph is known to miss a part (its notes say which); such a report must say so. */
    public boolean complete() {
        return graphs.stream().allMatch(DependencyGraph::complete);
    }

    public int packageCount() {
        return graphs.stream().mapToInt(g -> g.nodes().size()).sum();
    }
}
