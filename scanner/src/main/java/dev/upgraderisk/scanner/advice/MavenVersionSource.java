package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.scanner.maven.MavenModule;
import dev.upgraderisk.scanner.maven.MavenRepositoryContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/**
 * Lists a Maven artifact's versions through the scan's own resolver session, so mirrors, credentials, proxies and
 * {@code --offline} apply (offline, only metadata already in the local repository is read).
 */
public final class MavenVersionSource implements VersionSource {
    private final MavenRepositoryContext context;
    private final Map<String, List<RemoteRepository>> repositoriesByManifest = new HashMap<>();

    public MavenVersionSource(MavenRepositoryContext context, List<MavenModule> modules) {
        this.context = context;
        for (MavenModule m : modules) {
            List<RemoteRepository> declared = new ArrayList<>();
            m.effectiveModel().getRepositories().forEach(r -> declared.add(
                    dev.upgraderisk.scanner.maven.MavenRepositoryContext.toRemote(r)));
            repositoriesByManifest.put(m.manifestPath(), context.forResolution(declared));
        }
    }

    @Override
    public List<String> versions(String manifest, PackageName pkg) {
        String[] ga = pkg.name().split(":", 2);
        var request = new VersionRangeRequest(new DefaultArtifact(ga[0], ga[1], "pom", "[0,)"),
                repositoriesByManifest.getOrDefault(manifest, context.forResolution(List.of(MavenRepositoryContext.CENTRAL))),
                null);
        try {
            return context.system().resolveVersionRange(context.session(), request).getVersions().stream()
                    .map(Version::toString).toList();
        } catch (VersionRangeResolutionException e) {
            return List.of();
        }
    }

    @Override
    public String describe() {
        return "the repositories' version lists";
    }
}
