package dev.upgraderisk.scanner.evaluation;

import dev.upgraderisk.rules.PackageFacts;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.util.ArrayList;
import java.util.List;

/** The facts rules read, taken from resolved graphs. */
final class GraphFacts {
    private GraphFacts() {}

    static List<PackageFacts> of(List<DependencyGraph> graphs) {
        List<PackageFacts> out = new ArrayList<>();
        for (DependencyGraph g : graphs) {
            for (GraphNode n : g.nodes()) {
                out.add(new PackageFacts(
                        g.manifest(),
                        n.pkg(),
                        n.version(),
                        n.scope(),
                        n.optional(),
                        n.direct(),
                        n.paths(),
                        n.lostRequests(),
                        n.relocatedFrom()));
            }
        }
        return out;
    }
}
