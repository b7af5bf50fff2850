package dev.upgraderisk.bench;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled knowledge base cold: one call per fresh JVM (single-shot, no warm-up), so class loading and
 * reading the bundle are all counted. Target: under 300 ms.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class KnowledgeBaseLoadBenchmark {
    @Benchmark
    public KnowledgeBase loadBundledCold() {
        return new KnowledgeBaseLoader().loadBundled();
    }
}
