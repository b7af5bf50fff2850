package dev.upgraderisk.scanner.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.SharedCorpus;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.maven.MavenOptions;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The descriptor cache changes nothing but time: on every Maven project of the shared corpus, the JSON report is the
 * same without the cache, with an empty cache (which it fills) and with the filled cache. The runs share the user's
 * local repository through a folder of links to it, so that the cache under test starts empty and is thrown away.
 */
class DescriptorCacheCorpusTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"commons-text", "spring-petclinic", "gson", "netty-4.1.115", "vertx-core-4.5.10"})
    void theReportIsTheSameWithoutTheCacheColdAndWarm(String project) throws Exception {
        Path dir = SharedCorpus.resolve("corpus/maven/" + project);
        Path local = linkedLocalRepository();
        MavenOptions options = MavenOptions.defaults().withLocalRepository(local);

        String without = report(dir, options.withDescriptorCache(false));
        assertEquals(0, cached(local), "nothing is written without the cache");
        String cold = report(dir, options);
        long entries = cached(local);
        assertTrue(entries > 10, "the cold run fills the cache: " + entries + " entries");
        String warm = report(dir, options);

        assertEquals(without, cold, "an empty cache changes the report");
        assertEquals(without, warm, "the filled cache changes the report");
        assertEquals(without, report(dir, options), "a second warm run changes the report");
    }

    private static String report(Path dir, MavenOptions options) throws Exception {
        var result = new ScanEngine().scan(ScanRequest.of(dir).withMaven(options));
        StringWriter out = new StringWriter();
        ReportFormat.JSON.writer(false).write(result, out);
        return out.toString();
    }

    /** A local repository whose every top folder links to the user's own, except the cache's folder. */
    private Path linkedLocalRepository() throws Exception {
        Path real = Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path local = Files.createDirectories(tmp.resolve("local-repo"));
        if (Files.isDirectory(real)) {
            try (Stream<Path> entries = Files.list(real)) {
                for (Path e : entries.toList()) {
                    if (!e.getFileName().toString().equals(".upgrade-risk")) {
                        Files.createSymbolicLink(local.resolve(e.getFileName()), e);
                    }
                }
            }
        }
        return local;
    }

    private static long cached(Path local) throws Exception {
        Path folder = local.resolve(".upgrade-risk");
        if (!Files.isDirectory(folder)) return 0;
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".bin")).count();
        }
    }
}
