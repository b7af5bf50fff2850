package dev.upgraderisk.scanner.maven.descriptor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;

/**
 * What the descriptors read while one graph is collected were built under: the union of their conditions, or nothing
 * when one of them could not be cached (a SNAPSHOT, a reactor module, a relocation, an error) or brings a version range
 * or a meta-version into the graph (whose answer depends on repository metadata, which changes). Travels in the
 * collecting session's configuration, so it sees every descriptor read for that graph, whichever thread reads it.
 */
final class DescriptorRecorder {
    static final String KEY = "upgrade-risk.descriptorRecorder";

    private final String root;
    private final RepositorySystemSession modelSession;
    private final Set<String> managing = ConcurrentHashMap.newKeySet();
    private final Set<CachedDescriptor.Condition> conditions = ConcurrentHashMap.newKeySet();
    private volatile boolean complete = true;

    /**
     * @param root {@code groupId:artifactId} of the artifact whose graph is collected
     * @param modelSession the session whose cache keeps Maven's models (parents and imported BOMs): sharing it costs
     *     the recording nothing, since each descriptor's own recording sees the models it takes from there
     */
    DescriptorRecorder(String root, RepositorySystemSession modelSession) {
        this.root = root;
        this.modelSession = modelSession;
        managing.add(root);
    }

    RepositorySystemSession modelSession() {
        return modelSession;
    }

    static Optional<DescriptorRecorder> of(RepositorySystemSession session) {
        return session.getConfigProperties().get(KEY) instanceof DescriptorRecorder r
                ? Optional.of(r)
                : Optional.empty();
    }

    /**
     * A descriptor built under {@code read}. Its dependencies' versions always count; its managed versions only when
     * Maven applies them, that is for the root and its direct dependencies (Maven 3 takes dependency management from
     * the first two levels of a graph only).
     */
    void read(
            Artifact artifact,
            List<CachedDescriptor.Condition> read,
            List<Dependency> dependencies,
            List<Dependency> managed) {
        conditions.addAll(read);
        String ga = artifact.getGroupId() + ":" + artifact.getArtifactId();
        if (ga.equals(root)) {
            dependencies.forEach(d -> managing.add(
                    d.getArtifact().getGroupId() + ":" + d.getArtifact().getArtifactId()));
        }
        if (dependencies.stream().anyMatch(DescriptorRecorder::readsMetadata)
                || (managing.contains(ga) && managed.stream().anyMatch(DescriptorRecorder::readsMetadata))) {
            complete = false;
        }
    }

    /** A descriptor that no cache may keep. */
    void uncacheable() {
        complete = false;
    }

    /** Every condition, in a stable order; empty when the graph must not be cached. */
    Optional<List<CachedDescriptor.Condition>> conditions() {
        if (!complete) return Optional.empty();
        return Optional.of(conditions.stream()
                .sorted(Comparator.comparing(CachedDescriptor.Condition::name))
                .toList());
    }

    private static boolean readsMetadata(Dependency d) {
        String v = d.getArtifact().getVersion();
        return v.indexOf('[') >= 0
                || v.indexOf('(') >= 0
                || v.indexOf(',') >= 0
                || v.equals("LATEST")
                || v.equals("RELEASE")
                || v.endsWith("SNAPSHOT");
    }
}
