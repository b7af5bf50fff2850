package dev.upgraderisk.scanner.maven;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.model.Model;
import org.apache.maven.model.resolution.UnresolvableModelException;
import org.apache.maven.model.resolution.WorkspaceModelResolver;
import org.apache.maven.repository.internal.MavenWorkspaceReader;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.repository.WorkspaceRepository;

/**
 * Serves the reactor's own modules to the resolver, as Maven's ReactorReader does: a sibling dependency is read
 * from the reactor (its effective model), never downloaded from a repository.
 */
public final class ReactorWorkspaceReader implements MavenWorkspaceReader, WorkspaceModelResolver {
    private record Entry(File pomFile, Model rawModel, Model effectiveModel) {
    }

    private final WorkspaceRepository repository = new WorkspaceRepository("reactor");
    private final Map<String, Entry> modules = new ConcurrentHashMap<>();

    void addRaw(File pomFile, Model raw) {
        String key = key(groupId(raw), raw.getArtifactId(), version(raw));
        modules.putIfAbsent(key, new Entry(pomFile, raw, null));
    }

    void addEffective(File pomFile, Model raw, Model effective) {
        modules.put(key(effective.getGroupId(), effective.getArtifactId(), effective.getVersion()),
                new Entry(pomFile, raw, effective));
    }

    private static String groupId(Model m) {
        return m.getGroupId() != null ? m.getGroupId() : m.getParent() != null ? m.getParent().getGroupId() : "";
    }

    private static String version(Model m) {
        return m.getVersion() != null ? m.getVersion() : m.getParent() != null ? m.getParent().getVersion() : "";
    }

    private static String key(String g, String a, String v) {
        return g + ":" + a + ":" + v;
    }

    private Entry find(Artifact a) {
        return modules.get(key(a.getGroupId(), a.getArtifactId(), a.getBaseVersion()));
    }

    @Override
    public WorkspaceRepository getRepository() {
        return repository;
    }

    @Override
    public File findArtifact(Artifact artifact) {
        Entry e = find(artifact);
        // only POMs: the scan collects the graph and never needs a module's jar
        return e != null && "pom".equals(artifact.getExtension()) ? e.pomFile() : null;
    }

    @Override
    public List<String> findVersions(Artifact artifact) {
        return modules.values().stream()
                .map(Entry::effectiveModel)
                .filter(java.util.Objects::nonNull)
                .filter(m -> artifact.getGroupId().equals(groupId(m)) && artifact.getArtifactId().equals(m.getArtifactId()))
                .map(ReactorWorkspaceReader::version).distinct().toList();
    }

    @Override
    public Model findModel(Artifact artifact) {
        Entry e = find(artifact);
        return e == null ? null : e.effectiveModel();
    }

    @Override
    public Model resolveRawModel(String groupId, String artifactId, String version) throws UnresolvableModelException {
        Entry e = modules.get(key(groupId, artifactId, version));
        return e == null ? null : e.rawModel();
    }

    @Override
    public Model resolveEffectiveModel(String groupId, String artifactId, String version)
            throws UnresolvableModelException {
        Entry e = modules.get(key(groupId, artifactId, version));
        return e == null ? null : e.effectiveModel();
    }
}
