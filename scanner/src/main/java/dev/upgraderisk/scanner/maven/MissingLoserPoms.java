package dev.upgraderisk.scanner.maven;

import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.transfer.ArtifactNotFoundException;

/**
 * A POM that no repository has, asked for only by a request that lost mediation (the parent's dependencyManagement
 * raised a transitive dependency to a version the project itself overrides, say). Maven warns ("the POM for X is
 * missing, no dependency information available") and goes on, since the graph never uses that version; so does the
 * scan. A missing POM of a version that won, or any other failure, stays an error.
 */
final class MissingLoserPoms {
    private MissingLoserPoms() {}

    /** The notes to add when every failure is a missing POM of a losing version; empty when any failure is more. */
    static Optional<List<String>> notes(MavenModule module, DependencyCollectionException e) {
        if (e.getResult() == null
                || e.getResult().getRoot() == null
                || e.getResult().getExceptions().isEmpty()) {
            return Optional.empty();
        }
        DependencyGraph graph = MavenGraphBuilder.build(module, e.getResult().getRoot());
        Set<String> winners = graph.nodes().stream()
                .map(n -> n.pkg().name() + ":" + n.version())
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Exception x : e.getResult().getExceptions()) {
            Optional<Artifact> artifact = missingPom(x);
            if (artifact.isEmpty()) return Optional.empty();
            Artifact a = artifact.get();
            String coordinates = a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getBaseVersion();
            if (winners.contains(coordinates)) return Optional.empty();
            missing.add(coordinates + winnerOf(graph, a.getGroupId() + ":" + a.getArtifactId()));
        }
        List<String> notes = new ArrayList<>();
        missing.forEach(m -> notes.add("the POM of " + m + " is in no repository; only a request that lost mediation"
                + " needed it, so, as Maven does with a warning, the scan goes on without it"));
        return Optional.of(notes);
    }

    private static String winnerOf(DependencyGraph graph, String name) {
        return graph.nodes().stream()
                .filter(n -> n.pkg().name().equals(name))
                .map(GraphNode::version)
                .findFirst()
                .map(v -> " (mediation chose " + v + ")")
                .orElse("");
    }

    /** The artifact whose POM was not found, when that is what {@code x} says and nothing else. */
    private static Optional<Artifact> missingPom(Throwable x) {
        ArtifactDescriptorException descriptor = null;
        boolean notFound = false;
        for (Throwable t = x; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ArtifactDescriptorException ade && descriptor == null) descriptor = ade;
            if (t instanceof ArtifactNotFoundException) notFound = true;
        }
        if (descriptor == null || !notFound || descriptor.getResult() == null) return Optional.empty();
        return Optional.ofNullable(descriptor.getResult().getRequest().getArtifact());
    }
}
