package dev.upgraderisk.scanner.evaluation;

import dev.upgraderisk.kb.KnowledgeBaseOrigin;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.rules.PolicyReport;
import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import java.util.List;
import java.util.Map;

/**
 * Everything one scan found: the graphs of every manifest, the findings (in a stable order), the advice for each
 * finding's package, which knowledge base was used and the policy that judges the result.
 */
public record ScanResult(String scannedRoot, List<DependencyGraph> graphs, List<Finding> findings,
        Map<Finding, UpgradeAdvice> advice, AdvisorySources sources, PolicyReport verdict,
        List<PackageAdvice> requestedAdvice) {
    public ScanResult {
        graphs = List.copyOf(graphs);
        findings = List.copyOf(findings);
        advice = Map.copyOf(advice);
        requestedAdvice = List.copyOf(requestedAdvice);
    }

    /** Advice on a package that request named for advice, in one manifest. */
    public record PackageAdvice(String manifest, dev.upgraderisk.scanner.graph.GraphNode node, UpgradeAdvice advice) {
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
        return verdict.judgements().stream().filter(j -> j.finding() == f).findFirst().orElseThrow();
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
