package dev.upgraderisk.scanner.maven;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.FileModelSource;
import org.apache.maven.model.building.ModelSource;
import org.apache.maven.model.resolution.ModelResolver;
import org.apache.maven.model.resolution.UnresolvableModelException;
import org.apache.maven.repository.internal.ArtifactDescriptorUtils;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;

/**
 * Fetches parent and imported POMs for the ModelBuilder through Maven Resolver, from the repositories the POMs
 * declare (mirrors and credentials applied). Maven's own {@code DefaultModelResolver} is package-private, so this is
 * the small equivalent.
 */
final class ResolverModelResolver implements ModelResolver {
    private final MavenRepositoryContext context;
    private final List<RemoteRepository> repositories;
    private final Set<String> ids;

    ResolverModelResolver(MavenRepositoryContext context, List<RemoteRepository> initial) {
        this.context = context;
        this.repositories = new ArrayList<>(context.forResolution(initial));
        this.ids = new HashSet<>();
        initial.forEach(r -> ids.add(r.getId()));
    }

    private ResolverModelResolver(ResolverModelResolver original) {
        this.context = original.context;
        this.repositories = new ArrayList<>(original.repositories);
        this.ids = new HashSet<>(original.ids);
    }

    @Override
    public ModelSource resolveModel(String groupId, String artifactId, String version)
            throws UnresolvableModelException {
        Artifact pom = new DefaultArtifact(groupId, artifactId, "", "pom", version);
        try {
            var result =
                    context.system().resolveArtifact(context.session(), new ArtifactRequest(pom, repositories, null));
            return new FileModelSource(result.getArtifact().getFile());
        } catch (ArtifactResolutionException e) {
            throw new UnresolvableModelException(
                    MavenFailures.describe(e, repositories), groupId, artifactId, version, e);
        }
    }

    @Override
    public ModelSource resolveModel(Parent parent) throws UnresolvableModelException {
        String version = highestInRange(parent.getGroupId(), parent.getArtifactId(), parent.getVersion());
        parent.setVersion(version);
        return resolveModel(parent.getGroupId(), parent.getArtifactId(), version);
    }

    @Override
    public ModelSource resolveModel(Dependency dependency) throws UnresolvableModelException {
        String version = highestInRange(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion());
        dependency.setVersion(version);
        return resolveModel(dependency.getGroupId(), dependency.getArtifactId(), version);
    }

    private String highestInRange(String groupId, String artifactId, String version) throws UnresolvableModelException {
        if (version == null || !(version.startsWith("[") || version.startsWith("("))) {
            return version;
        }
        Artifact pom = new DefaultArtifact(groupId, artifactId, "", "pom", version);
        try {
            VersionRangeResult r = context.system()
                    .resolveVersionRange(context.session(), new VersionRangeRequest(pom, repositories, null));
            if (r.getHighestVersion() == null) {
                throw new UnresolvableModelException(
                        "no version of " + groupId + ":" + artifactId + " matches " + version + " in "
                                + MavenFailures.names(repositories),
                        groupId,
                        artifactId,
                        version);
            }
            return r.getHighestVersion().toString();
        } catch (VersionRangeResolutionException e) {
            throw new UnresolvableModelException(e.getMessage(), groupId, artifactId, version, e);
        }
    }

    @Override
    public void addRepository(Repository repository) {
        addRepository(repository, false);
    }

    @Override
    public void addRepository(Repository repository, boolean replace) {
        if (!replace && ids.contains(repository.getId())) {
            return;
        }
        RemoteRepository added =
                context.forResolution(List.of(toRemote(repository))).get(0);
        repositories.removeIf(r -> r.getId().equals(repository.getId()));
        repositories.add(added);
        ids.add(repository.getId());
    }

    @Override
    public ModelResolver newCopy() {
        return new ResolverModelResolver(this);
    }

    /**
     * A POM's repository as Maven turns it into a resolver repository: Maven's own conversion, which fills what the
     * POM leaves out (enabled, update policy {@code daily}, checksum policy {@code warn}).
     */
    static RemoteRepository toRemote(Repository repository) {
        return ArtifactDescriptorUtils.toRemoteRepository(repository);
    }
}
