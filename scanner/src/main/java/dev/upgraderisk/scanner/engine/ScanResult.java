package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.kb.KnowledgeBaseOrigin;
import dev.upgraderisk.rules.Finding;
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
        Map<Finding, UpgradeAdvice> advice, AdvisorySources sources, Policy policy) {
    public ScanResult {
        graphs = List.copyOf(graphs);
        findings = List.copyOf(findings);
        advice = Map.copyOf(advice);
    }

    /** Findings at or above the policy's threshold. */
    public List<Finding> failing() {
        return findings.stream().filter(policy::fails).toList();
    }

    /** The curated knowledge base this run used. */
    public KnowledgeBaseOrigin knowledgeBase() {
        return sources.curated();
    }

    public int knowledgeBaseEntries() {
        return sources.curatedEntries();
    }

    public int packageCount() {
        return graphs.stream().mapToInt(g -> g.nodes().size()).sum();
    }
}
