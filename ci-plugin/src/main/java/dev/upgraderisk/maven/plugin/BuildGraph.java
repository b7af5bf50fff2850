package dev.upgraderisk.maven.plugin;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.PathStep;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/**
 * The build's own resolved dependencies as a graph: the artifacts Maven collected for this project, with the same
 * mediation as the build, each with the dependency trail Maven recorded for it.
 */
final class BuildGraph {
    private BuildGraph() {}

    static DependencyGraph of(MavenProject project, String manifestPath) {
        List<GraphNode> nodes = new ArrayList<>();
        for (Artifact a : project.getArtifacts()) {
            PackageName pkg = PackageName.maven(a.getGroupId(), a.getArtifactId());
            List<PathStep> steps = new ArrayList<>();
            List<String> trail = a.getDependencyTrail() == null ? List.of() : a.getDependencyTrail();
            for (String t : trail.subList(Math.min(1, trail.size()), trail.size())) {
                String[] f = t.split(":");
                if (f.length >= 4) steps.add(new PathStep(PackageName.maven(f[0], f[1]), f[f.length - 1]));
            }
            if (steps.isEmpty()) steps.add(new PathStep(pkg, a.getVersion()));
            nodes.add(new GraphNode(
                    pkg,
                    a.getVersion(),
                    a.getType(),
                    a.getClassifier() == null ? "" : a.getClassifier(),
                    "",
                    a.getScope() == null ? "compile" : a.getScope(),
                    a.isOptional(),
                    steps.size() == 1,
                    List.of(new DependencyPath(steps)),
                    List.of(),
                    List.of()));
        }
        nodes.sort(Comparator.comparing(GraphNode::pkg)
                .thenComparing(GraphNode::type)
                .thenComparing(GraphNode::classifier));
        return new DependencyGraph(
                manifestPath,
                Ecosystem.MAVEN,
                project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion(),
                nodes);
    }
}
