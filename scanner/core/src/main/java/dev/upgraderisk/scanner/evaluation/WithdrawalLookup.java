package dev.upgraderisk.scanner.evaluation;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.Withdrawal;
import dev.upgraderisk.rules.WithdrawnVersions;
import dev.upgraderisk.scanner.advice.VersionSource;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Asks the registries, in parallel, whether the publishers withdrew the versions of the direct dependencies (Go
 * retractions, npm deprecations). Graphs whose registry could not be reached get a note saying nothing is known.
 */
final class WithdrawalLookup {
    private static final int PARALLEL = 8;

    record Outcome(WithdrawnVersions withdrawn, List<DependencyGraph> graphs) {}

    private record Query(PackageName pkg, String version) {}

    static Outcome lookUp(List<DependencyGraph> graphs, Map<Ecosystem, VersionSource> sources) {
        Set<Query> queries = new LinkedHashSet<>();
        for (DependencyGraph g : graphs) {
            VersionSource source = sources.get(g.ecosystem());
            if (source == null || !source.tellsWithdrawals()) continue;
            for (GraphNode n : g.nodes()) {
                if (n.direct()) queries.add(new Query(n.pkg(), n.version()));
            }
        }
        if (queries.isEmpty()) return new Outcome(WithdrawnVersions.NONE, graphs);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, queries.size()), r -> {
            Thread t = new Thread(r, "upgrade-risk-withdrawals");
            t.setDaemon(true);
            return t;
        });
        Map<PackageName, Map<String, Withdrawal>> found = new HashMap<>();
        try {
            Map<Query, CompletableFuture<Optional<Withdrawal>>> answers = new HashMap<>();
            for (Query q : queries) {
                VersionSource source = sources.get(q.pkg().ecosystem());
                answers.put(q, CompletableFuture.supplyAsync(() -> source.withdrawal(q.pkg(), q.version()), pool));
            }
            answers.forEach((q, answer) -> answer.join()
                    .ifPresent(w ->
                            found.computeIfAbsent(q.pkg(), p -> new HashMap<>()).put(q.version(), w)));
        } finally {
            pool.shutdownNow();
        }
        List<DependencyGraph> noted = new ArrayList<>();
        for (DependencyGraph g : graphs) {
            VersionSource s = sources.get(g.ecosystem());
            if (s != null && !s.unreachable().isEmpty() && g.nodes().stream().anyMatch(GraphNode::direct)) {
                g = g.withNote("retracted-version: " + String.join(", ", s.unreachable()) + " could not be reached,"
                        + " so retractions and deprecations are not known for this manifest");
            }
            noted.add(g);
        }
        return new Outcome(WithdrawnVersions.of(found), noted);
    }
}
