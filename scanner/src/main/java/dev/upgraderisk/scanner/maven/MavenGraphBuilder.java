package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.MediatedRequest;
import dev.upgraderisk.rules.PathStep;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.ArtifactProperties;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.util.graph.transformer.ConflictResolver;

/**
 * Turns the resolver's verbose tree into a {@link DependencyGraph}. Winners become nodes. Losers, which the verbose
 * conflict resolver keeps as leaves, become edges: a loser at the winner's version is another way to reach the
 * winner (and everything below it); a loser at another version is a request that lost to mediation. Paths are then
 * enumerated over that graph, up to {@value #MAX_PATHS} per node, shortest first.
 */
final class MavenGraphBuilder {
    static final int MAX_PATHS = 20;
    private static final int MAX_STEPS = 200_000;

    private MavenGraphBuilder() {}

    private static final class Acc {
        final Artifact artifact;
        final String scope;
        final boolean optional;
        final boolean direct;
        final Set<String> children = new LinkedHashSet<>();
        final List<DependencyPath> paths = new ArrayList<>();
        final List<String> relocatedFrom = new ArrayList<>();

        Acc(Artifact artifact, String scope, boolean optional, boolean direct) {
            this.artifact = artifact;
            this.scope = scope;
            this.optional = optional;
            this.direct = direct;
        }

        PathStep step() {
            return new PathStep(
                    PackageName.maven(artifact.getGroupId(), artifact.getArtifactId()), artifact.getVersion());
        }
    }

    /** A request that lost to another version: where it was made and what it asked for. */
    private record Lost(String parentKey, String winnerKey, PathStep requested) {}

    static DependencyGraph build(MavenModule module, DependencyNode root) {
        Map<String, Acc> nodes = new LinkedHashMap<>();
        Set<String> roots = new LinkedHashSet<>();
        List<Lost> lost = new ArrayList<>();
        List<String[]> redirects = new ArrayList<>(); // parent key -> winner key, for same-version losers
        collect(root, "", nodes, roots, lost, redirects, new HashSet<>());
        for (String[] r : redirects) {
            if (nodes.containsKey(r[1])) children(nodes, roots, r[0]).add(r[1]);
        }
        enumeratePaths(nodes, roots);

        Map<String, List<MediatedRequest>> lostByWinner = new LinkedHashMap<>();
        for (Lost l : lost) {
            Acc parent = nodes.get(l.parentKey());
            List<PathStep> steps = new ArrayList<>();
            if (parent != null && !parent.paths.isEmpty())
                steps.addAll(parent.paths.get(0).steps());
            steps.add(l.requested());
            lostByWinner
                    .computeIfAbsent(l.winnerKey(), k -> new ArrayList<>())
                    .add(new MediatedRequest(l.requested().version(), new DependencyPath(steps)));
        }
        List<GraphNode> out = new ArrayList<>();
        for (Map.Entry<String, Acc> e : nodes.entrySet()) {
            Acc a = e.getValue();
            Artifact art = a.artifact;
            out.add(new GraphNode(
                    PackageName.maven(art.getGroupId(), art.getArtifactId()),
                    art.getVersion(),
                    type(art),
                    art.getClassifier(),
                    "",
                    a.scope,
                    a.optional,
                    a.direct,
                    a.paths,
                    lostByWinner.getOrDefault(e.getKey(), List.of()).stream()
                            .distinct()
                            .toList(),
                    a.relocatedFrom));
        }
        out.sort(Comparator.comparing(GraphNode::pkg)
                .thenComparing(GraphNode::type)
                .thenComparing(GraphNode::classifier));
        return new DependencyGraph(module.manifestPath(), Ecosystem.MAVEN, module.coordinates(), out);
    }

    private static Set<String> children(Map<String, Acc> nodes, Set<String> roots, String parentKey) {
        return parentKey.isEmpty() ? roots : nodes.get(parentKey).children;
    }

    /** Walks the verbose tree once: winners become nodes with their tree children, losers become edges. */
    private static void collect(
            DependencyNode parent,
            String parentKey,
            Map<String, Acc> nodes,
            Set<String> roots,
            List<Lost> lost,
            List<String[]> redirects,
            Set<DependencyNode> expanded) {
        if (!expanded.add(parent)) return; // a node instance shared in the tree is expanded once
        for (DependencyNode child : parent.getChildren()) {
            Artifact art = child.getArtifact();
            if (art == null || child.getDependency() == null) continue;
            DependencyNode winner = (DependencyNode) child.getData().get(ConflictResolver.NODE_DATA_WINNER);
            if (winner != null) {
                String winnerKey = key(winner.getArtifact());
                if (art.getVersion().equals(winner.getArtifact().getVersion())) {
                    redirects.add(new String[] {parentKey, winnerKey});
                } else {
                    lost.add(new Lost(
                            parentKey,
                            winnerKey,
                            new PathStep(PackageName.maven(art.getGroupId(), art.getArtifactId()), art.getVersion())));
                }
                continue;
            }
            String key = key(art);
            if (!nodes.containsKey(key)) {
                Acc acc = new Acc(
                        art,
                        child.getDependency().getScope(),
                        child.getDependency().isOptional(),
                        parentKey.isEmpty());
                child.getRelocations()
                        .forEach(r ->
                                acc.relocatedFrom.add(r.getGroupId() + ":" + r.getArtifactId() + ":" + r.getVersion()));
                nodes.put(key, acc);
            }
            children(nodes, roots, parentKey).add(key);
            collect(child, key, nodes, roots, lost, redirects, expanded);
        }
    }

    /** Breadth-first from the module, so that each node's first paths are its shortest; bounded per node. */
    private static void enumeratePaths(Map<String, Acc> nodes, Set<String> roots) {
        record Partial(String key, List<PathStep> steps, Set<String> onPath) {}
        ArrayDeque<Partial> queue = new ArrayDeque<>();
        for (String r : roots) {
            Acc a = nodes.get(r);
            if (a != null) queue.add(new Partial(r, List.of(a.step()), Set.of(r)));
        }
        int steps = 0;
        while (!queue.isEmpty() && steps++ < MAX_STEPS) {
            Partial p = queue.poll();
            Acc a = nodes.get(p.key());
            if (a.paths.size() >= MAX_PATHS) continue;
            a.paths.add(new DependencyPath(p.steps()));
            for (String c : a.children) {
                if (p.onPath().contains(c)) continue; // a cycle
                Acc child = nodes.get(c);
                if (child == null || child.paths.size() >= MAX_PATHS) continue;
                List<PathStep> next = new ArrayList<>(p.steps());
                next.add(child.step());
                Set<String> on = new HashSet<>(p.onPath());
                on.add(c);
                queue.add(new Partial(c, next, on));
            }
        }
    }

    static String type(Artifact a) {
        return a.getProperty(ArtifactProperties.TYPE, a.getExtension());
    }

    private static String key(Artifact a) {
        return a.getGroupId() + ":" + a.getArtifactId() + ":" + type(a) + ":" + a.getClassifier();
    }
}
