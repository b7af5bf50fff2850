package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a project uses, read by the scan engine as a scan reads it (Maven resolved as Maven does, lockfiles and go.mod
 * read), without advice or a policy file: every package of every graph, and the graphs (for where the manifests are).
 */
public record ProjectPackages(Set<PackageName> packages, List<DependencyGraph> graphs) {
    public ProjectPackages {
        packages = Set.copyOf(packages);
        graphs = List.copyOf(graphs);
    }

    public static ProjectPackages of(ScanRequest request) throws ScanException {
        List<DependencyGraph> graphs = new ScanEngine()
                .scan(request.withoutAdvice().withPolicy(Policy.defaults()))
                .graphs();
        Set<PackageName> used = new TreeSet<>();
        for (DependencyGraph graph : graphs) {
            graph.nodes().stream().map(GraphNode::pkg).forEach(used::add);
        }
        return new ProjectPackages(used, graphs);
    }
}
