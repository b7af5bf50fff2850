package dev.upgraderisk.scanner.maven;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.model.Model;
import org.apache.maven.repository.internal.MavenWorkspaceReader;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.repository.WorkspaceRepository;

/**
 * Serves the reactor's own modules to the resolver, as Maven's ReactorReader does: a sibling dependency (or an
 * imported BOM that is a module) is read from the reactor — its POM file and its effective model — never downloaded
 * from a repository.
 */
public final class ReactorWorkspaceReader implements MavenWorkspaceReader {
    private record Entry(File pomFile, Model effectiveModel) {}

    private final WorkspaceRepository repository = new WorkspaceRepository("reactor");
    private final Map<String, Entry> modules = new ConcurrentHashMap<>();
    private volatile boolean serving = true;

    /**
     * While Maven reads the modules (phase 1 of project building), the reactor serves nothing: a parent that is not
     * on a module's relativePath comes from a repository, exactly as in Maven, whose reactor model pool exists only
     * once every module has been read. Imports (phase 2) and dependency collection then see the whole reactor.
     */
    void serve(boolean on) {
        serving = on;
    }

    void addEffective(File pomFile, Model raw, Model effective) {
        modules.put(
                key(effective.getGroupId(), effective.getArtifactId(), effective.getVersion()),
                new Entry(pomFile, effective));
    }

    private static String key(String g, String a, String v) {
        return g + ":" + a + ":" + v;
    }

    private Entry find(Artifact a) {
        if (!serving) return null;
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
        if (!serving) return List.of();
        return modules.values().stream()
                .map(Entry::effectiveModel)
                .filter(Objects::nonNull)
                .filter(m -> artifact.getGroupId().equals(m.getGroupId())
                        && artifact.getArtifactId().equals(m.getArtifactId()))
                .map(Model::getVersion)
                .distinct()
                .toList();
    }

    @Override
    public Model findModel(Artifact artifact) {
        Entry e = find(artifact);
        return e == null ? null : e.effectiveModel();
    }
}
