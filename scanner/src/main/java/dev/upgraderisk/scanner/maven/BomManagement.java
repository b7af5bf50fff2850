package dev.upgraderisk.scanner.maven;

import java.util.List;
import java.util.Optional;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;

/**
 * What a BOM in a repository manages: its effective {@code <dependencyManagement>} (its own imports included), read
 * through the scan's resolver session as Maven reads an imported BOM.
 */
public final class BomManagement {
    private final MavenRepositoryContext context;

    public BomManagement(MavenRepositoryContext context) {
        this.context = context;
    }

    /** The version {@code groupId:artifactId:version} (a POM) manages {@code managedGa} at, if it exists and does. */
    public Optional<String> managedVersion(
            String groupId, String artifactId, String version, String managedGa, List<RemoteRepository> repos) {
        var request = new ArtifactDescriptorRequest(
                new DefaultArtifact(groupId, artifactId, "", "pom", version), repos, null);
        try {
            var result = context.system().readArtifactDescriptor(context.session(), request);
            if (!result.getExceptions().isEmpty()) return Optional.empty();
            return result.getManagedDependencies().stream()
                    .map(Dependency::getArtifact)
                    .filter(a -> (a.getGroupId() + ":" + a.getArtifactId()).equals(managedGa))
                    .map(a -> a.getVersion())
                    .findFirst();
        } catch (ArtifactDescriptorException e) {
            return Optional.empty(); // no such BOM (or not reachable): it is not proposed
        }
    }
}
