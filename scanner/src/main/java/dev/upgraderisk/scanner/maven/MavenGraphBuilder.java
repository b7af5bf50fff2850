package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.MediatedRequest;
import dev.upgraderisk.rules.PathStep;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.ArtifactProperties;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.util.graph.transformer.ConflictResolver;

/**
 * Turns the resolver's verbose tree into a {@link DependencyGraph}: winners become nodes; losers (kept as leaves by
 * the verbose conflict resolver) become extra paths (same version) or lost requests (other versions) of their
 * winner.
 */
final class MavenGraphBuilder {
    private MavenGraphBuilder() {
    }

    private static final class Acc {
        final Artifact artifact;
        final String scope;
        final boolean optional;
        final boolean direct;
        final List<DependencyPath> paths = new ArrayList<>();
        final List<MediatedRequest> lost = new ArrayList<>();
        final List<String> relocatedFrom = new ArrayList<>();

        Acc(Artifact artifact, String scope, boolean optional, boolean direct) {
            this.artifact = artifact;
            this.scope = scope;
            this.optional = optional;
            this.direct = direct;
        }
    }

    static DependencyGraph build(MavenModule module, DependencyNode root) {
        Map<String, Acc> nodes = new LinkedHashMap<>();
        List<Runnable> losers = new ArrayList<>();
        walk(root, new ArrayList<>(), nodes, losers);
        losers.forEach(Runnable::run); // after all winners are known
        List<GraphNode> out = new ArrayList<>();
        for (Acc a : nodes.values()) {
            Artifact art = a.artifact;
            out.add(new GraphNode(PackageName.maven(art.getGroupId(), art.getArtifactId()), art.getVersion(),
                    type(art), art.getClassifier(), "", a.scope, a.optional, a.direct, dedupe(a.paths),
                    a.lost, a.relocatedFrom));
        }
        out.sort(Comparator.comparing(GraphNode::pkg).thenComparing(GraphNode::type)
                .thenComparing(GraphNode::classifier));
        return new DependencyGraph(module.manifestPath(), Ecosystem.MAVEN, module.coordinates(), out);
    }

    private static void walk(DependencyNode parent, List<PathStep> path, Map<String, Acc> nodes,
            List<Runnable> losers) {
        for (DependencyNode child : parent.getChildren()) {
            Artifact art = child.getArtifact();
            if (art == null || child.getDependency() == null) continue;
            PathStep step = new PathStep(PackageName.maven(art.getGroupId(), art.getArtifactId()), art.getVersion());
            List<PathStep> here = new ArrayList<>(path);
            here.add(step);
            DependencyNode winner = (DependencyNode) child.getData().get(ConflictResolver.NODE_DATA_WINNER);
            if (winner != null) {
                String requested = art.getVersion();
                DependencyPath p = new DependencyPath(here);
                losers.add(() -> {
                    Acc w = nodes.get(key(winner.getArtifact()));
                    if (w == null) return; // the winner itself was cut (e.g. by scope); nothing to attach to
                    if (requested.equals(w.artifact.getVersion())) {
                        w.paths.add(p);
                    } else {
                        w.lost.add(new MediatedRequest(requested, p));
                    }
                });
                continue;
            }
            String key = key(art);
            if (path.stream().anyMatch(s -> s.equals(step))) continue; // a cycle
            Acc seen = nodes.get(key);
            if (seen != null) {
                seen.paths.add(new DependencyPath(here)); // a shared node: record the path, its subtree is known
                continue;
            }
            Acc acc = new Acc(art, child.getDependency().getScope(), child.getDependency().isOptional(), path.isEmpty());
            nodes.put(key, acc);
            acc.paths.add(new DependencyPath(here));
            child.getRelocations().forEach(r -> acc.relocatedFrom.add(r.getGroupId() + ":" + r.getArtifactId() + ":"
                    + r.getVersion()));
            walk(child, here, nodes, losers);
        }
    }

    private static List<DependencyPath> dedupe(List<DependencyPath> paths) {
        return paths.stream().distinct().sorted(Comparator.comparingInt((DependencyPath p) -> p.steps().size())
                .thenComparing(DependencyPath::toString)).toList();
    }

    static String type(Artifact a) {
        return a.getProperty(ArtifactProperties.TYPE, a.getExtension());
    }

    private static String key(Artifact a) {
        return a.getGroupId() + ":" + a.getArtifactId() + ":" + type(a) + ":" + a.getClassifier();
    }
}
