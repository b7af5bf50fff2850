package dev.upgraderisk.scanner.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.SharedCorpus;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.maven.MavenOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan of a real SBOM ({@code sbom/real}, made by the real generators from the corpus projects) finds the same
 * packages and the same findings as the scan of the project it was made from ({@code ../shared/corpus}). The SBOM
 * is copied alone into an empty folder and that folder is scanned, as a user would.
 */
class SbomCorpusTest {
    @TempDir
    Path tmp;

    private ScanResult scan(Path target, MavenOptions maven) throws Exception {
        KnowledgeBaseRequest bundled =
                new KnowledgeBaseRequest(Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("cache"));
        return new ScanEngine()
                .scan(ScanRequest.of(target)
                        .withMaven(maven)
                        .withKnowledgeBase(bundled)
                        .withEnvironment(Map.of("GOPROXY", "off", "XDG_CACHE_HOME", tmp.toString())));
    }

    /** An offline scan: npm and Go registries are not asked (their answers are not what is compared). */
    private MavenOptions offline() throws Exception {
        return new MavenOptions(
                Optional.of(Fixtures.settings(tmp)), Optional.empty(), true, Map.of(), List.of(), List.of(), tmp);
    }

    private Path alone(String resource) throws Exception {
        Path file = Fixtures.resource("sbom/real/" + resource);
        Path folder = Files.createDirectories(tmp.resolve("sbom-only-" + file.getFileName()));
        Files.copy(file, folder.resolve(file.getFileName()));
        return folder;
    }

    static Set<String> packages(ScanResult r) {
        return r.graphs().stream()
                .flatMap(g -> g.nodes().stream())
                .map(n -> n.pkg() + "@" + n.version())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> findings(ScanResult r) {
        return r.findings().stream().map(SbomCorpusTest::finding).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String finding(Finding f) {
        return f.pkg().pkg() + "@" + f.pkg().version() + " " + f.ruleId() + " "
                + f.match().map(m -> m.advisory().id()).orElse("");
    }

    private void same(ScanResult project, ScanResult sbom) {
        assertFalse(packages(project).isEmpty());
        assertFalse(findings(project).isEmpty(), "a comparison of no findings would prove nothing");
        assertEquals(packages(project), packages(sbom), "packages");
        assertEquals(findings(project), findings(sbom), "findings");
        System.out.println("SbomCorpusTest: " + packages(sbom).size() + " packages, "
                + findings(sbom).size() + " findings alike: " + findings(sbom));
    }

    @Test
    void mochaLockfileAndItsCycloneDxJson() throws Exception {
        Path project = SharedCorpus.resolve("corpus/npm/mocha");
        same(scan(project, offline()), scan(alone("mocha/mocha.cdx.json"), offline()));
    }

    @Test
    void mochaLockfileAndItsCycloneDxXml() throws Exception {
        Path project = SharedCorpus.resolve("corpus/npm/mocha");
        same(scan(project, offline()), scan(alone("mocha/mocha.cdx.xml"), offline()));
    }

    @Test
    void chartjsLockfileAndItsSpdx() throws Exception {
        Path project = SharedCorpus.resolve("corpus/npm/chartjs-v2.9.4");
        same(scan(project, offline()), scan(alone("chartjs/chartjs.spdx.json"), offline()));
    }

    /** Online, as {@code MavenCorpusTest}: the pom.xml is resolved against Maven Central. */
    @Test
    void petclinicPomAndItsCycloneDxBoms() throws Exception {
        Path project = SharedCorpus.resolve("corpus/maven/spring-petclinic/pom.xml");
        Path pomOnly = Files.createDirectories(tmp.resolve("petclinic"));
        Files.copy(project, pomOnly.resolve("pom.xml"));
        ScanResult fromPom = scan(pomOnly, MavenOptions.defaults());
        same(fromPom, scan(alone("spring-petclinic/bom.json"), MavenOptions.defaults()));
        same(fromPom, scan(alone("spring-petclinic/bom.xml"), MavenOptions.defaults()));
    }
}
