package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Judgement;
import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.rules.PolicyEvaluator;
import dev.upgraderisk.rules.PolicyReport;
import dev.upgraderisk.rules.RuleContext;
import dev.upgraderisk.rules.Level;
import dev.upgraderisk.rules.RetractedVersionRule;
import dev.upgraderisk.rules.WithdrawnVersions;
import dev.upgraderisk.rules.RuleEngine;
import dev.upgraderisk.scanner.advice.DirectUpgradeSource;
import dev.upgraderisk.scanner.advice.GoProxyVersionSource;
import dev.upgraderisk.scanner.advice.MavenVersionSource;
import dev.upgraderisk.scanner.advice.NpmRegistryVersionSource;
import dev.upgraderisk.scanner.advice.VersionListCache;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.advice.UpgradeAdvisor;
import dev.upgraderisk.scanner.advice.VersionSource;
import dev.upgraderisk.scanner.advice.VersionSources;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.manifest.Manifest;
import dev.upgraderisk.scanner.manifest.ManifestKind;
import dev.upgraderisk.scanner.maven.MavenConfigFile;
import dev.upgraderisk.scanner.maven.MavenOptions;
import dev.upgraderisk.scanner.maven.MavenRepositoryContext;
import dev.upgraderisk.scanner.maven.ReactorWorkspaceReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one pipeline every front end calls: find the manifests, resolve or read each one's graph, run the rules
 * against the advisories, and advise an upgrade for every finding.
 */
public final class ScanEngine {
    private final KnowledgeBaseProvider knowledgeBases = new KnowledgeBaseProvider();

    public ScanResult scan(ScanRequest request) throws ScanException {
        ManifestSelection selection = ManifestSelection.of(request.target(), request.manifest());
        // the knowledge base loads on another core while the graphs are resolved: neither waits for the other
        CompletableFuture<AdvisorySources> kbLoad = CompletableFuture.supplyAsync(() -> {
            try {
                return knowledgeBases.load(request.knowledgeBase());
            } catch (InputException e) {
                throw new CompletionException(e);
            }
        });
        List<Manifest> poms = selection.manifests().stream().filter(m -> m.kind() == ManifestKind.MAVEN_POM).toList();
        List<DependencyGraph> graphs = new ArrayList<>();
        for (Manifest m : selection.manifests()) {
            if (m.kind() != ManifestKind.MAVEN_POM) {
                graphs.add(LockfileReaders.forKind(m.kind()).read(m.file(), m.relativePath()));
            }
        }
        Map<Ecosystem, VersionSource> registries = registries(request, selection.root());
        if (poms.isEmpty()) {
            return finish(selection.root(), graphs, await(kbLoad), request, registries);
        }
        ReactorWorkspaceReader reactor = new ReactorWorkspaceReader();
        MavenOptions options = MavenConfigFile.apply(request.maven(), poms.get(0).file().toAbsolutePath().getParent());
        try (MavenRepositoryContext context = MavenRepositoryContext.open(options, reactor)) {
            MavenProjects.Resolved maven;
            try {
                maven = MavenProjects.resolve(poms, selection.root(), context, reactor, options);
            } catch (ScanException e) {
                await(kbLoad); // a broken knowledge base is the user's to fix first (exit 2), whatever else failed
                throw e;
            }
            List<DependencyGraph> all = new ArrayList<>(maven.graphs());
            all.addAll(graphs);
            Map<Ecosystem, VersionSource> sources = new java.util.HashMap<>(registries);
            sources.put(Ecosystem.MAVEN, new MavenVersionSource(context, maven.modules()));
            return finish(selection.root(), all, await(kbLoad), request, sources);
        }
    }

    /**
     * For a host that resolved the graphs itself — the Maven plugin, with the build's own mediation: the same
     * rules, policy and advice as a scan. {@code root} is where the policy file is looked for.
     */
    public ScanResult evaluate(Path root, List<DependencyGraph> graphs, KnowledgeBaseRequest knowledgeBase,
            PolicySource policy, Map<Ecosystem, VersionSource> versionSources) throws ScanException {
        return evaluate(root, graphs, knowledgeBase, policy, versionSources, List.of());
    }

    /** As above, also advising on the packages named in {@code adviseFor}, affected or not. */
    public ScanResult evaluate(Path root, List<DependencyGraph> graphs, KnowledgeBaseRequest knowledgeBase,
            PolicySource policy, Map<Ecosystem, VersionSource> versionSources, List<String> adviseFor)
            throws ScanException {
        ScanRequest request = new ScanRequest(root, Optional.empty(), MavenOptions.defaults(), knowledgeBase, policy,
                System.getenv(), adviseFor, Optional.empty(), true);
        return finish(root, graphs, knowledgeBases.load(knowledgeBase), request, versionSources);
    }

    private static ScanResult finish(Path root, List<DependencyGraph> graphs, AdvisorySources sources,
            ScanRequest request, Map<Ecosystem, VersionSource> versionSources) throws InputException {
        KnowledgeBase kb = sources.knowledgeBase();
        Policy policy = request.policy().load(root);
        WithdrawnVersions withdrawn = WithdrawnVersions.NONE;
        if (policy.levelOf(RetractedVersionRule.ID) != Level.OFF) { // an 'off' rule asks no registry
            WithdrawalLookup.Outcome looked = WithdrawalLookup.lookUp(graphs, versionSources);
            withdrawn = looked.withdrawn();
            graphs = looked.graphs();
        }
        List<Finding> all = RuleEngine.standard().evaluate(GraphFacts.of(graphs), new RuleContext(kb, policy, withdrawn));
        PolicyReport verdict = PolicyEvaluator.evaluate(policy, all, LocalDate.now(ZoneOffset.UTC));
        List<Finding> findings = verdict.judgements().stream().map(Judgement::finding).toList();
        UpgradeAdvisor advisor = new UpgradeAdvisor(kb, new VersionSources(versionSources), policy.failOn(),
                request.minAge(), java.time.Instant.now());
        Map<Finding, UpgradeAdvice> advice = new LinkedHashMap<>();
        Optional<DirectUpgradeSource> directs = Optional.ofNullable(versionSources.get(Ecosystem.MAVEN))
                .filter(DirectUpgradeSource.class::isInstance).map(DirectUpgradeSource.class::cast);
        Map<String, UpgradeAdvice> memo = new java.util.HashMap<>();
        for (Finding f : request.adviseFindings() ? findings : List.<Finding>of()) {
            var p = f.pkg();
            // the direct-dependency search resolves other releases' graphs: only for risks that fail the run
            boolean failing = verdict.judgements().stream().anyMatch(j -> j.finding() == f && j.failing());
            boolean transitive = failing && !p.direct() && !p.paths().isEmpty() && f.match().isPresent();
            String key = p.manifest() + "|" + p.pkg() + "|" + p.version() + "|" + transitive;
            advice.put(f, memo.computeIfAbsent(key, k -> transitive
                    ? advisor.advise(p.manifest(), p.pkg(), p.version(), p.paths().get(0).direct().pkg(),
                            p.paths().get(0).direct().version(), directs)
                    : advisor.advise(p.manifest(), p.pkg(), p.version())));
        }
        List<ScanResult.PackageAdvice> requested = new ArrayList<>();
        for (DependencyGraph g : graphs) {
            for (var n : g.nodes()) {
                if (request.adviseFor().contains(n.pkg().name())) {
                    requested.add(new ScanResult.PackageAdvice(g.manifest(), n,
                            advisor.advise(g.manifest(), n.pkg(), n.version())));
                }
            }
        }
        return new ScanResult(displayName(root), graphs, findings, advice, sources, verdict, requested);
    }

    /** Where Go and npm versions are listed from, as the go command and npm would ask. */
    private static Map<Ecosystem, VersionSource> registries(ScanRequest request, Path root) {
        boolean offline = request.maven().offline();
        VersionListCache cache = VersionListCache.defaultCache(request.environment());
        List<Path> npmrc = List.of(root.resolve(".npmrc"), request.maven().userHome().resolve(".npmrc"));
        return Map.of(Ecosystem.GO, new GoProxyVersionSource(request.environment(), offline, cache),
                Ecosystem.NPM, new NpmRegistryVersionSource(request.environment(), npmrc, offline, cache));
    }

    private static AdvisorySources await(CompletableFuture<AdvisorySources> load) throws InputException {
        try {
            return load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputException input) throw input;
            throw e;
        }
    }

    private static String displayName(Path root) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? "/" : name.toString();
    }
}
