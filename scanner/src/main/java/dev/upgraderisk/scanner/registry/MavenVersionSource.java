package dev.upgraderisk.scanner.registry;

import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.MajorVersion;
import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.advice.BuildChangeSource;
import dev.upgraderisk.scanner.advice.DirectUpgrade;
import dev.upgraderisk.scanner.advice.DirectUpgradeSource;
import dev.upgraderisk.scanner.advice.VersionSource;
import dev.upgraderisk.scanner.maven.BomManagement;
import dev.upgraderisk.scanner.maven.MavenModule;
import dev.upgraderisk.scanner.maven.MavenRepositoryContext;
import dev.upgraderisk.scanner.maven.MavenVersionOrigin;
import dev.upgraderisk.scanner.maven.descriptor.CandidateGraphs;
import dev.upgraderisk.scanner.profile.Phase;
import dev.upgraderisk.scanner.profile.Phases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/**
 * Lists a Maven artifact's versions through the scan's own resolver session, so mirrors, credentials, proxies and
 * {@code --offline} apply (offline, only metadata already in the local repository is read).
 */
public final class MavenVersionSource implements VersionSource, DirectUpgradeSource, BuildChangeSource {
    /** How many newer releases of a direct dependency are resolved, at most, to find one that brings a safe version. */
    static final int MAX_TRIES = 8;

    private final MavenRepositoryContext context;
    private final Map<String, List<RemoteRepository>> repositoriesByManifest = new HashMap<>();
    private final Map<String, MavenModule> modulesByManifest = new HashMap<>();
    private final CandidateGraphs candidateGraphs;

    public MavenVersionSource(MavenRepositoryContext context, List<MavenModule> modules) {
        this.context = context;
        this.candidateGraphs = new CandidateGraphs(context.system(), context.session());
        for (MavenModule m : modules) {
            List<RemoteRepository> declared = new ArrayList<>();
            m.effectiveModel().getRepositories().forEach(r -> declared.add(MavenRepositoryContext.toRemote(r)));
            repositoriesByManifest.put(m.manifestPath(), context.forResolution(declared));
            modulesByManifest.put(m.manifestPath(), m);
        }
    }

    /** Where the module decides the package's version, read from its models (see {@link MavenVersionOrigin}). */
    @Override
    public Optional<BuildChange> change(String manifest, PackageName pkg, String current, String target) {
        try (Phase p = Phases.start("advice-change", pkg.name())) {
            return changeTimed(manifest, pkg, target);
        }
    }

    private Optional<BuildChange> changeTimed(String manifest, PackageName pkg, String target) {
        MavenModule module = modulesByManifest.get(manifest);
        if (module == null || module.lineage().isEmpty()) return Optional.empty();
        List<RemoteRepository> repos = repositoriesByManifest.get(manifest);
        BomManagement boms = new BomManagement(context);
        return Optional.of(new MavenVersionOrigin(
                        module, scanRoot(module), (g, a, v, ga) -> boms.managedVersion(g, a, v, ga, repos))
                .change(pkg.name(), target));
    }

    /** The scanned folder: the module's pom file less its path from there. */
    private static Path scanRoot(MavenModule module) {
        Path root = module.pomFile().toAbsolutePath().normalize();
        for (int i = 0; i < module.manifestPath().split("/").length; i++) {
            root = root.getParent();
        }
        return root;
    }

    @Override
    public List<String> versions(String manifest, PackageName pkg) {
        String[] ga = pkg.name().split(":", 2);
        var request = new VersionRangeRequest(
                new DefaultArtifact(ga[0], ga[1], "pom", "[0,)"),
                repositoriesByManifest.getOrDefault(
                        manifest, context.forResolution(List.of(MavenRepositoryContext.CENTRAL))),
                null);
        try {
            return context.system().resolveVersionRange(context.session(), request).getVersions().stream()
                    .map(Version::toString)
                    .toList();
        } catch (VersionRangeResolutionException e) {
            return List.of();
        }
    }

    /**
     * Resolves the graphs of the direct dependency's newer releases (same major first, lowest first) until one brings
     * the package at a version {@code safe} accepts, or no longer brings it.
     */
    @Override
    public Optional<DirectUpgrade> find(
            String manifest, PackageName direct, String directVersion, PackageName pkg, Predicate<String> safe) {
        try (Phase p = Phases.start("advice-direct", direct.name())) {
            return findTimed(manifest, direct, directVersion, pkg, safe);
        }
    }

    private Optional<DirectUpgrade> findTimed(
            String manifest, PackageName direct, String directVersion, PackageName pkg, Predicate<String> safe) {
        var scheme = direct.ecosystem().versionScheme();
        var current = scheme.parseValid(directVersion);
        String major = MajorVersion.of(directVersion);
        List<String> newer = new ArrayList<>();
        for (String v : versions(manifest, direct)) {
            try {
                var parsed = scheme.parse(v);
                if (parsed.compareTo(current) > 0 && !parsed.isPreRelease()) newer.add(v);
            } catch (InvalidVersionException ignored) {
                // odd versions in a repository's list are never suggested
            }
        }
        newer.sort((a, b) -> {
            boolean sa = a.startsWith(major + "."), sb = b.startsWith(major + ".");
            return sa != sb ? (sa ? -1 : 1) : scheme.compare(a, b);
        });
        String[] ga = direct.name().split(":", 2);
        List<RemoteRepository> repos = repositoriesByManifest.getOrDefault(
                manifest, context.forResolution(List.of(MavenRepositoryContext.CENTRAL)));
        for (String v : newer.subList(0, Math.min(MAX_TRIES, newer.size()))) {
            // a release that cannot be resolved here is skipped: the next one may be
            Optional<Map<String, String>> winners = candidateGraphs.winners(ga[0], ga[1], v, repos);
            if (winners.isEmpty()) continue;
            Optional<String> brings = Optional.ofNullable(winners.get().get(pkg.name()));
            if (brings.isEmpty() || safe.test(brings.get())) {
                return Optional.of(new DirectUpgrade(direct, v, brings));
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "the repositories' version lists";
    }
}
