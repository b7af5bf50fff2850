package dev.upgraderisk.scanner.maven.descriptor;

import dev.upgraderisk.scanner.ToolVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.impl.ArtifactDescriptorReader;
import org.eclipse.aether.repository.ArtifactRepository;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactDescriptorResult;

/**
 * Maven's artifact descriptor reader with a persistent cache in front. A released POM never changes, so the
 * descriptor built from it (its dependencies, managed dependencies, repositories and properties) can be kept between
 * runs. The key is the coordinates, the repositories asked and the tool's version; the entry also records every
 * property the POMs behind it could read, with its value, and answers only while they all still have those values.
 * Never cached: SNAPSHOTs, reactor modules, relocations, descriptors with errors or built from a POM the model
 * builder could not use, and models with a profile that a file on this disk may activate or a parent given as a
 * version range ({@link PomInputs#readableProperties}).
 */
public final class CachingDescriptorReader implements ArtifactDescriptorReader {
    /** The session configuration property that turns the cache on for a session ({@code Boolean.TRUE}). */
    public static final String ENABLED = "upgrade-risk.descriptorCache";

    /** Every key starts with the tool's version: another version may build descriptors differently. */
    static final String KEY_PREFIX = "upgrade-risk " + ToolVersion.get() + "\n";

    private static final String SEEN = CachingDescriptorReader.class.getName() + ".seen";

    private final ArtifactDescriptorReader delegate;

    public CachingDescriptorReader(ArtifactDescriptorReader delegate) {
        this.delegate = delegate;
    }

    /** Wraps Maven's model cache factory so that this reader learns which POMs each model was built from. */
    public static org.apache.maven.repository.internal.ModelCacheFactory recording(
            org.apache.maven.repository.internal.ModelCacheFactory factory) {
        return new PomInputs(factory);
    }

    @Override
    public ArtifactDescriptorResult readArtifactDescriptor(
            RepositorySystemSession session, ArtifactDescriptorRequest request) throws ArtifactDescriptorException {
        Artifact artifact = request.getArtifact();
        Optional<DescriptorRecorder> recorder = DescriptorRecorder.of(session);
        if (!Boolean.TRUE.equals(session.getConfigProperties().get(ENABLED))
                || !concrete(artifact.getVersion())
                || inWorkspace(session, artifact)) {
            recorder.ifPresent(DescriptorRecorder::uncacheable);
            return delegate.readArtifactDescriptor(session, request);
        }
        DescriptorStore store = new DescriptorStore(session.getLocalRepository().getBasePath());
        String key = key(request);
        Map<String, CachedDescriptor> seen = seen(session);
        Optional<CachedDescriptor> cached =
                Optional.ofNullable(seen.get(key)).or(() -> store.get(key).flatMap(CachingDescriptorReader::decode));
        Optional<ArtifactDescriptorResult> answer = cached.flatMap(d -> answer(session, request, d));
        if (answer.isPresent()) {
            seen.putIfAbsent(key, cached.get());
            recorder.ifPresent(r -> r.read(
                    artifact,
                    cached.get().conditions(),
                    cached.get().dependencies(),
                    cached.get().managedDependencies()));
            return answer.get();
        }
        PomInputs.Recording recording = PomInputs.start();
        ArtifactDescriptorResult result;
        try {
            result = delegate.readArtifactDescriptor(session, request);
        } finally {
            PomInputs.stop(recording);
        }
        Optional<List<CachedDescriptor.Condition>> conditions = conditions(session, artifact, result, recording);
        conditions.ifPresent(c -> {
            CachedDescriptor d = new CachedDescriptor(
                    c,
                    result.getRepository() instanceof RemoteRepository r ? r.getId() : "",
                    result.getArtifact().getProperties(),
                    result.getDependencies(),
                    result.getManagedDependencies(),
                    result.getRepositories(),
                    result.getProperties());
            store.put(key, DescriptorCodec.encode(d));
            seen.put(key, d);
        });
        recorder.ifPresent(r -> conditions.ifPresentOrElse(
                c -> r.read(artifact, c, result.getDependencies(), result.getManagedDependencies()), r::uncacheable));
        return result;
    }

    private static String key(ArtifactDescriptorRequest request) {
        Artifact a = request.getArtifact();
        StringBuilder key = new StringBuilder(KEY_PREFIX)
                .append(a.getGroupId())
                .append(':')
                .append(a.getArtifactId())
                .append(':')
                .append(a.getVersion())
                .append('\n')
                .append(request.getRequestContext());
        for (RemoteRepository r : request.getRepositories()) key.append('\n').append(r);
        return key.toString();
    }

    /**
     * The descriptors this run has already read or written, by key: graphs collected in sessions of their own (see
     * {@link CandidateGraphs}) read the same descriptors again, and a file read and decode each time would cost a
     * cold run more than the candidate graphs save. Kept in the session's data, which derived sessions share.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, CachedDescriptor> seen(RepositorySystemSession session) {
        return (Map<String, CachedDescriptor>) session.getData().computeIfAbsent(SEEN, ConcurrentHashMap::new);
    }

    private static Optional<CachedDescriptor> decode(byte[] bytes) {
        try {
            return Optional.of(DescriptorCodec.decode(bytes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether every condition still has its recorded value in this session. */
    static boolean holds(RepositorySystemSession session, List<CachedDescriptor.Condition> conditions) {
        for (CachedDescriptor.Condition c : conditions) {
            if (!Objects.equals(c.user(), session.getUserProperties().get(c.name()))
                    || !Objects.equals(c.system(), session.getSystemProperties().get(c.name()))) {
                return false;
            }
        }
        return true;
    }

    /** The cached descriptor, if its conditions hold in this session and its POM is still in the local repository. */
    private static Optional<ArtifactDescriptorResult> answer(
            RepositorySystemSession session, ArtifactDescriptorRequest request, CachedDescriptor d) {
        if (!holds(session, d.conditions())) return Optional.empty();
        if (!Files.isRegularFile(pom(session, request.getArtifact()))) return Optional.empty();
        ArtifactRepository repository = session.getLocalRepository();
        if (!d.repositoryId().isEmpty()) {
            repository = request.getRepositories().stream()
                    .filter(r -> r.getId().equals(d.repositoryId()))
                    .findFirst()
                    .orElse(null);
            if (repository == null) return Optional.empty();
        }
        ArtifactDescriptorResult result = new ArtifactDescriptorResult(request);
        result.setArtifact(request.getArtifact().setProperties(d.artifactProperties()));
        result.setRepository(repository);
        result.setDependencies(new ArrayList<>(d.dependencies()));
        result.setManagedDependencies(new ArrayList<>(d.managedDependencies()));
        result.setRepositories(new ArrayList<>(d.repositories()));
        result.setProperties(d.properties());
        return Optional.of(result);
    }

    /** What the entry must be checked against, or empty when this descriptor must not be cached. */
    private static Optional<List<CachedDescriptor.Condition>> conditions(
            RepositorySystemSession session,
            Artifact artifact,
            ArtifactDescriptorResult result,
            PomInputs.Recording recording) {
        boolean fromRepository =
                result.getRepository() instanceof LocalRepository || result.getRepository() instanceof RemoteRepository;
        // populateResult always counts licenses: without the count, Maven kept no model (an invalid POM, ignored)
        if (!recording.complete
                || !fromRepository
                || !result.getExceptions().isEmpty()
                || !result.getRelocations().isEmpty()
                || !result.getProperties().containsKey("license.count")) {
            return Optional.empty();
        }
        Set<String> poms = new TreeSet<>(recording.poms);
        poms.add(artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getVersion());
        Set<String> names = new TreeSet<>();
        for (String gav : poms) {
            String[] parts = gav.split(":", -1);
            if (parts.length != 3 || !concrete(parts[2])) return Optional.empty();
            Optional<Set<String>> read = PomInputs.readableProperties(
                    pom(session, new DefaultArtifact(parts[0], parts[1], "pom", parts[2])));
            if (read.isEmpty()) return Optional.empty();
            names.addAll(read.get());
        }
        Map<String, String> user = session.getUserProperties();
        Map<String, String> system = session.getSystemProperties();
        return Optional.of(names.stream()
                .map(n -> new CachedDescriptor.Condition(n, user.get(n), system.get(n)))
                .toList());
    }

    static Path pom(RepositorySystemSession session, Artifact artifact) {
        Artifact pom =
                new DefaultArtifact(artifact.getGroupId(), artifact.getArtifactId(), "", "pom", artifact.getVersion());
        return session.getLocalRepositoryManager().getAbsolutePathForLocalArtifact(pom);
    }

    /** A released version written out: no SNAPSHOT, range, meta-version or unresolved expression. */
    static boolean concrete(String version) {
        return version != null
                && !version.isEmpty()
                && !version.endsWith("SNAPSHOT")
                && !version.equals("LATEST")
                && !version.equals("RELEASE")
                && version.chars().noneMatch(c -> c == '[' || c == '(' || c == ',' || c == '$');
    }

    private static boolean inWorkspace(RepositorySystemSession session, Artifact artifact) {
        var workspace = session.getWorkspaceReader();
        if (workspace == null) return false;
        Artifact pom =
                new DefaultArtifact(artifact.getGroupId(), artifact.getArtifactId(), "", "pom", artifact.getVersion());
        return workspace.findArtifact(pom) != null
                || !workspace.findVersions(pom).isEmpty();
    }
}
