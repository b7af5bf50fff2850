package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.scanner.advice.VersionSource;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.evaluation.AdvisorySources;
import dev.upgraderisk.scanner.evaluation.Evaluation;
import dev.upgraderisk.scanner.evaluation.Evaluator;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.manifest.Manifest;
import dev.upgraderisk.scanner.manifest.ManifestKind;
import dev.upgraderisk.scanner.maven.MavenConfigFile;
import dev.upgraderisk.scanner.maven.MavenOptions;
import dev.upgraderisk.scanner.maven.MavenRepositoryContext;
import dev.upgraderisk.scanner.maven.ReactorWorkspaceReader;
import dev.upgraderisk.scanner.profile.Phase;
import dev.upgraderisk.scanner.profile.Phases;
import dev.upgraderisk.scanner.registry.GoProxyVersionSource;
import dev.upgraderisk.scanner.registry.MavenVersionSource;
import dev.upgraderisk.scanner.registry.NpmRegistryVersionSource;
import dev.upgraderisk.scanner.registry.VersionListCache;
import dev.upgraderisk.scanner.sbom.SbomReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one pipeline every front end calls: find the manifests, resolve or read each one's graph, run the rules
 * against the advisories, and advise an upgrade for every finding.
 */
public final class ScanEngine {
    private final Evaluator evaluator = new Evaluator();

    public ScanResult scan(ScanRequest request) throws ScanException {
        ManifestSelection selection;
        try (Phase p = Phases.start("manifests")) {
            selection = ManifestSelection.of(request.target(), request.manifest());
        }
        // the knowledge base loads on another core while the graphs are resolved: neither waits for the other
        CompletableFuture<AdvisorySources> kbLoad = CompletableFuture.supplyAsync(() -> {
            try (Phase p = Phases.start("kb-load")) {
                return evaluator.load(request.knowledgeBase());
            } catch (InputException e) {
                throw new CompletionException(e);
            }
        });
        List<Manifest> poms = selection.manifests().stream()
                .filter(m -> m.kind() == ManifestKind.MAVEN_POM)
                .toList();
        List<DependencyGraph> graphs = new ArrayList<>();
        boolean sbomMaven = false;
        for (Manifest m : selection.manifests()) {
            if (m.kind() == ManifestKind.MAVEN_POM) continue;
            try (Phase p = Phases.start("read", m.relativePath())) {
                if (m.kind().isSbom()) {
                    List<DependencyGraph> read = SbomReader.read(m.file(), m.relativePath(), m.kind());
                    sbomMaven |= read.stream().anyMatch(g -> g.ecosystem() == Ecosystem.MAVEN);
                    graphs.addAll(read);
                } else {
                    graphs.add(LockfileReaders.forKind(m.kind()).read(m.file(), m.relativePath()));
                }
            }
        }
        Map<Ecosystem, VersionSource> registries;
        try (Phase p = Phases.start("registries")) {
            registries = registries(request, selection.root());
        }
        if (poms.isEmpty() && sbomMaven) {
            // Maven packages named by an SBOM: versions and newer releases come from the repositories of the
            // settings (Maven Central by default), as for a pom.xml that declares none of its own
            MavenOptions options = MavenConfigFile.apply(request.maven(), selection.root());
            try (MavenRepositoryContext context = MavenRepositoryContext.open(options, new ReactorWorkspaceReader())) {
                Map<Ecosystem, VersionSource> sources = new HashMap<>(registries);
                sources.put(Ecosystem.MAVEN, new MavenVersionSource(context, List.of()));
                return finish(selection.root(), graphs, await(kbLoad), request, sources);
            }
        }
        if (poms.isEmpty()) {
            return finish(selection.root(), graphs, await(kbLoad), request, registries);
        }
        ReactorWorkspaceReader reactor = new ReactorWorkspaceReader();
        MavenOptions options = MavenConfigFile.apply(
                request.maven(), poms.get(0).file().toAbsolutePath().getParent());
        try (MavenRepositoryContext context = MavenRepositoryContext.open(options, reactor)) {
            MavenProjects.Resolved maven;
            try (Phase p = Phases.start("maven")) {
                maven = MavenProjects.resolve(poms, selection.root(), context, reactor, options);
            } catch (ScanException e) {
                await(kbLoad); // a broken knowledge base is the user's to fix first (exit 2), whatever else failed
                throw e;
            }
            List<DependencyGraph> all = new ArrayList<>(maven.graphs());
            all.addAll(graphs);
            Map<Ecosystem, VersionSource> sources = new HashMap<>(registries);
            sources.put(Ecosystem.MAVEN, new MavenVersionSource(context, maven.modules()));
            return finish(selection.root(), all, await(kbLoad), request, sources);
        }
    }

    private ScanResult finish(
            Path root,
            List<DependencyGraph> graphs,
            AdvisorySources sources,
            ScanRequest request,
            Map<Ecosystem, VersionSource> versionSources)
            throws InputException {
        return evaluator.evaluate(new Evaluation(
                root,
                graphs,
                sources,
                request.policy(),
                versionSources,
                request.adviseFor(),
                request.minAge(),
                request.adviseFindings()));
    }

    /** Where Go and npm versions are listed from, as the go command and npm would ask. */
    private static Map<Ecosystem, VersionSource> registries(ScanRequest request, Path root) {
        boolean offline = request.maven().offline();
        VersionListCache cache = VersionListCache.defaultCache(request.environment());
        List<Path> npmrc =
                List.of(root.resolve(".npmrc"), request.maven().userHome().resolve(".npmrc"));
        return Map.of(
                Ecosystem.GO,
                new GoProxyVersionSource(request.environment(), offline, cache),
                Ecosystem.NPM,
                new NpmRegistryVersionSource(request.environment(), npmrc, offline, cache));
    }

    private static AdvisorySources await(CompletableFuture<AdvisorySources> load) throws InputException {
        try {
            return load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputException input) throw input;
            throw e;
        }
    }
}
