package dev.upgraderisk.scanner.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Works out independent pieces of advice at once, on as many threads as there are processors (each may resolve
 * other releases' dependency graphs or wait for a registry), and returns them in the order they were asked for.
 */
final class ParallelAdvice {
    private ParallelAdvice() {}

    static <K, V> Map<K, V> compute(Map<K, Supplier<V>> work) {
        Map<K, V> out = new LinkedHashMap<>();
        if (work.size() <= 1) {
            work.forEach((k, v) -> out.put(k, v.get()));
            return out;
        }
        int threads = Math.min(work.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "upgrade-risk-advice");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<V>> futures = new ArrayList<>();
            work.values().forEach(v -> futures.add(CompletableFuture.supplyAsync(v, pool)));
            int i = 0;
            for (K key : work.keySet()) {
                try {
                    out.put(key, futures.get(i++).join());
                } catch (CompletionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw e;
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
