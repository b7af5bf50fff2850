package dev.upgraderisk.maven.plugin;

import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.scanner.advice.VersionSource;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/** Version lists through the build's own resolver session and repositories (mirrors, credentials, offline). */
final class SessionVersionSource implements VersionSource {
    private final MavenSession session;
    private final MavenProject project;
    private final RepositorySystem system;

    SessionVersionSource(MavenSession session, MavenProject project) {
        this.session = session;
        this.project = project;
        this.system = lookup(session);
    }

    private static RepositorySystem lookup(MavenSession session) {
        try {
            return session.getContainer().lookup(RepositorySystem.class);
        } catch (Exception e) {
            return null; // no resolver: advice falls back to the versions the knowledge base names
        }
    }

    @Override
    public List<String> versions(String manifest, PackageName pkg) {
        if (system == null) return List.of();
        String[] ga = pkg.name().split(":", 2);
        var request = new VersionRangeRequest(
                new DefaultArtifact(ga[0], ga[1], "pom", "[0,)"), project.getRemoteProjectRepositories(), null);
        try {
            return system.resolveVersionRange(session.getRepositorySession(), request).getVersions().stream()
                    .map(Version::toString)
                    .toList();
        } catch (VersionRangeResolutionException e) {
            return List.of();
        }
    }

    @Override
    public String describe() {
        return "the build's repositories";
    }
}
