package dev.upgraderisk.scanner.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.cli.UpgradeRiskCli;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans that run at once: modules resolved in parallel give the graphs of one-at-a-time resolution, and scans in
 * two threads and in two processes that share one empty local repository fill it intact (every file equal to the
 * repository's, no partial or temporary files) and agree with a scan run alone.
 */
class ConcurrentResolutionTest {
    @TempDir
    Path tmp;

    @Test
    void parallelModuleResolutionGivesTheSerialGraphs() throws Exception {
        MavenOptions options = Fixtures.maven(tmp);
        ReactorWorkspaceReader reactor = new ReactorWorkspaceReader();
        Path root = Fixtures.project("reactor");
        try (MavenRepositoryContext context = MavenRepositoryContext.open(options, reactor)) {
            List<MavenModule> modules =
                    new MavenProjectReader(context, reactor, options).read(root.resolve("pom.xml"), root);
            assertTrue(modules.size() >= 3, "a reactor: " + modules.size());
            MavenGraphResolver resolver = new MavenGraphResolver(context);
            List<DependencyGraph> serial = resolver.resolveAll(modules, 1);
            for (int run = 0; run < 5; run++) {
                assertEquals(serial, resolver.resolveAll(modules, 4), "run " + run);
            }
        }
    }

    /** A project on every library of the fixture repository, so the scans download many POMs at once. */
    private Path wideProject() throws Exception {
        StringBuilder deps = new StringBuilder();
        for (String lib : List.of(
                "lib-a", "lib-b", "lib-c", "lib-j", "lib-opt", "lib-p", "lib-q", "lib-t", "lib-x", "lib-y", "lib-z")) {
            deps.append("<dependency><groupId>org.fixture</groupId><artifactId>")
                    .append(lib)
                    .append("</artifactId><version>1.0</version></dependency>");
        }
        Path dir = Files.createDirectories(tmp.resolve("wide"));
        Files.writeString(
                dir.resolve("pom.xml"),
                "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>"
                        + "4.0.0</modelVersion><groupId>org.example</groupId><artifactId>wide</artifactId><version>1.0</version>"
                        + "<dependencies>" + deps + "</dependencies></project>",
                StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void twoScansInThreadsShareAnEmptyLocalRepository() throws Exception {
        MavenOptions options = Fixtures.maven(tmp);
        Path project = wideProject();
        Callable<List<DependencyGraph>> scan = () -> new ScanEngine()
                .scan(ScanRequest.of(project).withMaven(options).withKnowledgeBase(Fixtures.knowledgeBase("fixture")))
                .graphs();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<DependencyGraph>> a = pool.submit(scan);
            Future<List<DependencyGraph>> b = pool.submit(scan);
            List<DependencyGraph> first = a.get(60, TimeUnit.SECONDS);
            assertEquals(first, b.get(60, TimeUnit.SECONDS));
            assertLocalRepositoryIntact(tmp.resolve("local-repo"));
            Path alone = Files.createDirectories(tmp.resolve("alone"));
            assertEquals(
                    first,
                    new ScanEngine()
                            .scan(ScanRequest.of(project)
                                    .withMaven(Fixtures.maven(alone))
                                    .withKnowledgeBase(Fixtures.knowledgeBase("fixture")))
                            .graphs());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcessesShareAnEmptyLocalRepository() throws Exception {
        Path settings = Fixtures.settings(tmp);
        Path project = wideProject();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path out = tmp.resolve("report-" + i + ".json");
            processes.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            UpgradeRiskCli.class.getName(),
                            "scan",
                            project.toString(),
                            "--settings",
                            settings.toString(),
                            "--kb",
                            Fixtures.knowledgeBase("fixture").toString(),
                            "--format",
                            "json",
                            "--output",
                            out.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("log-" + i + ".txt").toFile())
                    .start());
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "process " + i + " finished");
            int code = processes.get(i).exitValue();
            assertTrue(
                    code == 0 || code == 1,
                    "process " + i + " exit " + code + ": " + Files.readString(tmp.resolve("log-" + i + ".txt")));
        }
        assertEquals(Files.readString(tmp.resolve("report-0.json")), Files.readString(tmp.resolve("report-1.json")));
        assertLocalRepositoryIntact(tmp.resolve("local-repo"));
    }

    /** Every artifact file in the local repository equals the remote one, and nothing half-written is left. */
    private static void assertLocalRepositoryIntact(Path local) throws Exception {
        Path remote = Fixtures.resource("fixture-repo");
        int compared = 0;
        try (Stream<Path> files = Files.walk(local)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                assertFalse(
                        name.endsWith(".tmp") || name.endsWith(".part") || name.contains(".tmp."),
                        "a temporary file was left: " + f);
                if (name.endsWith(".pom") || name.endsWith(".jar")) {
                    Path source = remote.resolve(local.relativize(f).toString());
                    if (Files.exists(source)) {
                        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(f), "content of " + f);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared >= 10, "the scans filled the local repository: " + compared + " files compared");
    }
}
