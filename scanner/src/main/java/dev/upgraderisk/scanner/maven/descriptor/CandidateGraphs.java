package dev.upgraderisk.scanner.maven.descriptor;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.aether.DefaultRepositoryCache;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.util.graph.transformer.ConflictResolver;

/**
 * The packages a released artifact brings when it is resolved on its own: the graphs that the search for a direct
 * dependency's upgrade looks into, several releases per finding. Each graph is collected once per run, and kept
 * between runs beside the descriptor cache, since a released artifact's graph changes only with what its POMs read:
 * an entry holds the conditions of every descriptor read to collect it and answers only while they all hold. Never
 * kept: graphs with a SNAPSHOT, a reactor module, a relocation, an error, or a version range or meta-version anywhere
 * (those depend on repository metadata), and nothing at all when the session's descriptor cache is off.
 */
public final class CandidateGraphs {
    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final Map<String, CompletableFuture<Optional<Map<String, String>>>> collected = new ConcurrentHashMap<>();

    public CandidateGraphs(RepositorySystem system, RepositorySystemSession session) {
        this.system = system;
        this.session = session;
    }

    /**
     * The version of each package ({@code groupId:artifactId}) that wins mediation in the graph of the artifact's jar,
     * the artifact itself left out; empty when that graph cannot be collected here.
     */
    public Optional<Map<String, String>> winners(
            String groupId, String artifactId, String version, List<RemoteRepository> repositories) {
        var artifact = new DefaultArtifact(groupId, artifactId, "jar", version);
        String key = key(artifact, repositories);
        CompletableFuture<Optional<Map<String, String>>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Map<String, String>>> earlier = collected.putIfAbsent(key, mine);
        if (earlier != null) return earlier.join();
        try {
            Optional<Map<String, String>> winners =
                    stored(key, artifact).or(() -> collect(key, artifact, repositories));
            mine.complete(winners);
            return winners;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The key of an artifact's graph in the store (the descriptor cache's keys never start the same way). */
    static String key(DefaultArtifact artifact, List<RemoteRepository> repositories) {
        StringBuilder key = new StringBuilder(CachingDescriptorReader.KEY_PREFIX)
                .append("graph ")
                .append(artifact);
        repositories.forEach(r -> key.append('\n').append(r));
        return key.toString();
    }

    private boolean persistent(DefaultArtifact artifact) {
        return Boolean.TRUE.equals(session.getConfigProperties().get(CachingDescriptorReader.ENABLED))
                && CachingDescriptorReader.concrete(artifact.getVersion());
    }

    private Optional<Map<String, String>> stored(String key, DefaultArtifact artifact) {
        if (!persistent(artifact)) return Optional.empty();
        Optional<byte[]> bytes =
                new DescriptorStore(session.getLocalRepository().getBasePath()).get(key);
        if (bytes.isEmpty()) return Optional.empty();
        CandidateGraph graph;
        try {
            graph = CandidateGraph.decode(bytes.get());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!CachingDescriptorReader.holds(session, graph.conditions())
                || !Files.isRegularFile(CachingDescriptorReader.pom(session, artifact))) {
            return Optional.empty();
        }
        return Optional.of(Collections.unmodifiableMap(graph.winners()));
    }

    private Optional<Map<String, String>> collect(
            String key, DefaultArtifact artifact, List<RemoteRepository> repositories) {
        // a session of its own: its recorder sees every descriptor this graph reads, and an empty cache means none
        // comes from descriptors the scan read earlier, which the recorder would not see (Maven's models of parents
        // and BOMs still come from the scan's cache: see DescriptorRecorder#modelSession)
        DefaultRepositorySystemSession own = new DefaultRepositorySystemSession(session);
        own.setCache(new DefaultRepositoryCache());
        DescriptorRecorder recorder =
                new DescriptorRecorder(artifact.getGroupId() + ":" + artifact.getArtifactId(), session);
        own.setConfigProperty(DescriptorRecorder.KEY, recorder);
        DependencyNode root;
        try {
            root = system.collectDependencies(
                            own, new CollectRequest(new Dependency(artifact, "compile"), repositories))
                    .getRoot();
        } catch (DependencyCollectionException e) {
            return Optional.empty();
        }
        Map<String, String> winners = new LinkedHashMap<>();
        walk(root, winners, new HashSet<>());
        if (persistent(artifact)) {
            recorder.conditions()
                    .ifPresent(c -> new DescriptorStore(
                                    session.getLocalRepository().getBasePath())
                            .put(key, new CandidateGraph(c, winners).encode()));
        }
        return Optional.of(Collections.unmodifiableMap(winners));
    }

    /** Depth first, as the graph lists its children; losers of mediation (kept in verbose graphs) are skipped. */
    private static void walk(DependencyNode node, Map<String, String> winners, Set<DependencyNode> seen) {
        if (!seen.add(node)) return;
        for (DependencyNode child : node.getChildren()) {
            if (child.getArtifact() == null || child.getData().get(ConflictResolver.NODE_DATA_WINNER) != null) {
                continue;
            }
            var a = child.getArtifact();
            winners.putIfAbsent(a.getGroupId() + ":" + a.getArtifactId(), a.getVersion());
            walk(child, winners, seen);
        }
    }
}
