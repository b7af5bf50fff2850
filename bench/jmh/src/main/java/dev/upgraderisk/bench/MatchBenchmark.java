package dev.upgraderisk.bench;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.AffectedRange;
import dev.upgraderisk.kb.Confidence;
import dev.upgraderisk.kb.Kind;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseOrigin;
import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.RangeEvent;
import dev.upgraderisk.kb.Reference;
import dev.upgraderisk.kb.RegressionFacts;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.PackageFacts;
import dev.upgraderisk.rules.PathStep;
import dev.upgraderisk.rules.RuleContext;
import dev.upgraderisk.rules.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching a 10,000-node graph against a synthetic 200,000-entry knowledge base (generated here: 50,000 Maven
 * packages with four entries each; a third of the graph's packages are known to it). Target: under 100 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"}) // a 200,000-entry KB: room enough that GC does not dominate
public class MatchBenchmark {
    private KnowledgeBase kb;
    private List<PackageFacts> graph;
    private RuleEngine rules;

    @Setup(Level.Trial)
    public void generate() {
        Random random = new Random(42);
        var facts = new RegressionFacts(Kind.LEAK, Severity.HIGH, "t", "s", Optional.empty(), Optional.empty(),
                List.of(), Confidence.HIGH, List.of());
        List<Advisory> advisories = new ArrayList<>(200_000);
        for (int i = 0; i < 200_000; i++) {
            PackageName pkg = PackageName.maven("org.synthetic.g" + (i % 5_000), "artifact-" + (i % 50_000));
            int minor = random.nextInt(20);
            var range = new AffectedRange("ECOSYSTEM", List.of(RangeEvent.introduced("1." + minor + ".0"),
                    RangeEvent.fixed("1." + minor + "." + (1 + random.nextInt(5)))));
            advisories.add(new Advisory(String.format("URK-9999-%06d", i), List.of(), "synthetic", "synthetic",
                    List.of(new Affected(pkg, List.of(range), List.of())),
                    List.of(new Reference("REPORT", "https://example.org/i/" + i),
                            new Reference("FIX", "https://example.org/p/" + i)),
                    facts, "2026-11-27T00:00:00Z", "2026-11-27T00:00:00Z", "synthetic", Origin.CURATED));
        }
        kb = new KnowledgeBase(advisories, List.of(), new KnowledgeBaseOrigin("synthetic", "", "0"));
        graph = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            PackageName pkg = i % 3 == 0 ? PackageName.maven("org.synthetic.g" + (i % 5_000), "artifact-" + (i * 7 % 50_000))
                    : PackageName.maven("org.unknown" + i, "lib");
            String version = "1." + random.nextInt(20) + "." + random.nextInt(6);
            graph.add(new PackageFacts("pom.xml", pkg, version, "compile", false, false,
                    List.of(new DependencyPath(List.of(new PathStep(pkg, version)))), List.of()));
        }
        rules = RuleEngine.standard();
    }

    @Benchmark
    public List<Finding> match10kNodesAgainst200kEntries() {
        return rules.evaluate(graph, new RuleContext(kb));
    }
}
