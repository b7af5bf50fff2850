package dev.upgraderisk.scanner.maven.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.maven.MavenOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent descriptor cache answers only for the build it was written under, and never from a damaged file. */
class DescriptorCacheTest {
    @TempDir
    Path tmp;

    private Set<String> versions(MavenOptions options) throws Exception {
        return new ScanEngine()
                        .scan(ScanRequest.of(Fixtures.project("descriptor-conditions"))
                                .withMaven(options)
                                .withKnowledgeBase(Fixtures.knowledgeBase("fixture")))
                        .graphs()
                        .get(0)
                        .nodes()
                        .stream()
                        .map(n -> n.pkg().name() + ":" + n.version())
                        .collect(Collectors.toCollection(TreeSet::new));
    }

    private long cachedFiles() throws Exception {
        Path folder = tmp.resolve("local-repo").resolve(DescriptorStore.FOLDER);
        if (!Files.isDirectory(folder)) return 0;
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".bin")).count();
        }
    }

    @Test
    void aCachedDescriptorAnswersOnlyWhileThePropertiesItsPomsReadAreUnchanged() throws Exception {
        MavenOptions plain = Fixtures.maven(tmp);
        Set<String> base = Set.of("org.fixture:lib-flavoured:1.0", "org.fixture:lib-c:1.0");
        assertEquals(base, versions(plain));
        long written = cachedFiles();
        assertTrue(written >= 2, "lib-flavoured and lib-c are cached: " + written);

        // the parent's profile, activated by -Dflavour=rich, adds lib-p and raises ${lib.c.version}: the cached
        // entries were written without it, so they must not answer
        assertEquals(
                Set.of("org.fixture:lib-flavoured:1.0", "org.fixture:lib-c:1.5", "org.fixture:lib-p:1.0"),
                versions(plain.withUserProperties(Map.of("flavour", "rich"))));
        // as in Maven, a user property reaches a dependency's POM as a system property, which the POM's own
        // <properties> override: the version stays 1.0 with or without the cache
        Map<String, String> override = Map.of("lib.c.version", "2.0");
        assertEquals(base, versions(plain.withUserProperties(override)));
        assertEquals(base, versions(plain.withUserProperties(override).withDescriptorCache(false)));
        // back to the first build: answered from the cache, with the same graph, and without the cache the same
        assertEquals(base, versions(plain));
        assertEquals(base, versions(plain.withDescriptorCache(false)));
    }

    @Test
    void withoutTheCacheNothingIsWritten() throws Exception {
        versions(Fixtures.maven(tmp).withDescriptorCache(false));
        assertEquals(0, cachedFiles());
    }

    @Test
    void damagedOrForeignFilesAreMissesAndAreRewritten() throws Exception {
        DescriptorStore store = new DescriptorStore(tmp);
        byte[] value = "the descriptor".getBytes(StandardCharsets.UTF_8);
        store.put("key", value);
        Path file = store.file("key");
        byte[] whole = Files.readAllBytes(file);
        assertArrayEquals(value, store.get("key").orElseThrow());

        for (int cut : new int[] {0, 3, 16, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, cut));
            assertEquals(Optional.empty(), store.get("key"), "truncated to " + cut);
        }
        for (int at = 0; at < whole.length; at++) {
            byte[] flipped = whole.clone();
            flipped[at] ^= 0x20;
            Files.write(file, flipped);
            assertEquals(Optional.empty(), store.get("key"), "byte " + at + " flipped");
        }
        Files.writeString(file, "<html>a proxy's error page</html>");
        assertEquals(Optional.empty(), store.get("key"));
        // another key's whole, intact file at this key's place (as a hash collision would put it)
        store.put("other", value);
        Files.copy(store.file("other"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(Optional.empty(), store.get("key"));

        store.put("key", value);
        assertArrayEquals(value, store.get("key").orElseThrow());
    }

    @Test
    void racingWritersLeaveOneWholeEntryAndReadersNeverSeeAMix() throws Exception {
        DescriptorStore store = new DescriptorStore(tmp);
        byte[] a = "a".repeat(5000).getBytes(StandardCharsets.UTF_8);
        byte[] b = "b".repeat(70).getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                byte[] mine = w % 2 == 0 ? a : b;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) store.put("raced", mine);
                }));
            }
            for (int r = 0; r < 2; r++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 400; i++) {
                        store.get("raced")
                                .ifPresent(seen -> assertTrue(
                                        Arrays.equals(seen, a) || Arrays.equals(seen, b), "a mixed entry was read"));
                    }
                }));
            }
            for (Future<?> f : work) f.get();
        } finally {
            pool.shutdownNow();
        }
        byte[] last = store.get("raced").orElseThrow();
        assertTrue(Arrays.equals(last, a) || Arrays.equals(last, b));
        try (Stream<Path> left = Files.list(store.file("raced").getParent())) {
            assertEquals(List.of(store.file("raced")), left.toList(), "no temporary file is left behind");
        }
    }
}
