package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.RuleContext;
import dev.upgraderisk.rules.RuleEngine;
import dev.upgraderisk.scanner.advice.MavenVersionSource;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.advice.UpgradeAdvisor;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.maven.MavenGraphResolver;
import dev.upgraderisk.scanner.maven.MavenModule;
import dev.upgraderisk.scanner.maven.MavenProjectReader;
import dev.upgraderisk.scanner.maven.MavenRepositoryContext;
import dev.upgraderisk.scanner.maven.ReactorWorkspaceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one pipeline every front end calls: read the manifests, resolve the graphs, run the rules against the
 * knowledge base, and advise an upgrade for every finding.
 */
public final class ScanEngine {
    private final KnowledgeBaseProvider knowledgeBases = new KnowledgeBaseProvider();

    public ScanResult scan(ScanRequest request) throws ScanException {
        Path pom = MavenProjectReader.locatePom(request.target());
        // the knowledge base loads on another core while Maven resolves: neither waits for the other
        CompletableFuture<AdvisorySources> kbLoad = CompletableFuture.supplyAsync(() -> {
            try {
                return knowledgeBases.load(request.knowledgeBase());
            } catch (InputException e) {
                throw new CompletionException(e);
            }
        });
        Path root = Files.isDirectory(request.target()) ? request.target() : pom.toAbsolutePath().getParent();
        ReactorWorkspaceReader reactor = new ReactorWorkspaceReader();
        try (MavenRepositoryContext context = MavenRepositoryContext.open(request.maven(), reactor)) {
            List<MavenModule> modules = new MavenProjectReader(context, reactor, request.maven()).read(pom);
            List<DependencyGraph> graphs = new MavenGraphResolver(context).resolveAll(modules);
            AdvisorySources sources = await(kbLoad);
            KnowledgeBase kb = sources.knowledgeBase();
            List<Finding> findings = RuleEngine.standard().evaluate(GraphFacts.of(graphs), new RuleContext(kb));
            UpgradeAdvisor advisor = new UpgradeAdvisor(kb, new MavenVersionSource(context, modules));
            Map<Finding, UpgradeAdvice> advice = new LinkedHashMap<>();
            for (Finding f : findings) {
                advice.put(f, advisor.advise(f.pkg().manifest(), f.pkg().pkg(), f.pkg().version()));
            }
            return new ScanResult(displayName(root), graphs, findings, advice, sources, request.policy());
        }
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
