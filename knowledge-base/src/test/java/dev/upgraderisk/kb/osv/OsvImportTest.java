package dev.upgraderisk.kb.osv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseOrigin;
import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OSV import from folders and zips: real advisories from the shared corpus, and scenario files of our own. */
class OsvImportTest {
    @TempDir
    Path tmp;

    private static final String MAVEN_ADVISORY = """
            {"id": "GHSA-test-0001", "modified": "2024-01-01T00:00:00Z", "summary": "Example vulnerability",
             "aliases": ["CVE-2024-0001"],
             "affected": [{"package": {"ecosystem": "Maven", "name": "org.example:lib"},
                           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.2.3"}]}]}],
             "database_specific": {"severity": "MODERATE"}}
            """;
    private static final String PYPI_ADVISORY = """
            {"id": "PYSEC-test-0001", "modified": "2024-01-01T00:00:00Z",
             "affected": [{"package": {"ecosystem": "PyPI", "name": "requests"},
                           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.0"}]}]}]}
            """;

    private static Path shared(String path) {
        Path root = Path.of(System.getProperty("upgrade-risk.shared", "../shared"))
                .toAbsolutePath()
                .normalize();
        Path p = root.resolve(path);
        if (!Files.isDirectory(p)) {
            System.err.println("SKIPPED: the shared corpus is not at " + root);
            Assumptions.abort("the shared corpus is not at " + root);
        }
        return p;
    }

    @Test
    void zipExportWithOtherEcosystemsAndABrokenFile() throws Exception {
        Path zip = tmp.resolve("all.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String[] e : new String[][] {
                {"GHSA-test-0001.json", MAVEN_ADVISORY},
                {"PYSEC-test-0001.json", PYPI_ADVISORY},
                {"broken.json", "{ not json"}
            }) {
                out.putNextEntry(new ZipEntry(e[0]));
                out.write(e[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        OsvImport result = OsvImporter.read(zip);
        assertEquals(3, result.files());
        assertEquals(1, result.skipped(), "the PyPI advisory is left out");
        assertEquals(1, result.problems().size());
        assertTrue(
                result.problems().get(0).toString().startsWith("broken.json: not valid JSON"),
                result.problems().toString());
        Advisory a = result.advisories().get(0);
        assertEquals(Origin.OSV, a.origin());
        assertEquals(Severity.MEDIUM, a.facts().severity());
        assertEquals(List.of("CVE-2024-0001"), a.aliases());
        KnowledgeBase kb = KnowledgeBase.empty().with(result.advisories(), new KnowledgeBaseOrigin("test", "", "1"));
        var maven = Ecosystem.MAVEN.versionScheme();
        assertEquals(
                1,
                kb.match(PackageName.maven("org.example", "lib"), maven.parseValid("1.2.2"))
                        .size());
        assertTrue(kb.match(PackageName.maven("org.example", "lib"), maven.parseValid("1.2.3"))
                .isEmpty());
    }

    @Test
    void notAZipNorAFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("advisories.txt"), "hello");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> OsvImporter.read(file));
        assertTrue(e.getMessage().contains("neither a folder of OSV JSON files nor a zip file"), e.getMessage());
    }

    @Test
    void aZipBombEntryIsStoppedNotLoaded() throws Exception {
        Path zip = tmp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("huge.json"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 10; i++) out.write(spaces); // 10 MiB of whitespace, a few KiB compressed
            out.closeEntry();
        }
        OsvImport result = OsvImporter.read(zip);
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.advisories().isEmpty());
    }

    @Test
    void realGitHubAdvisoriesForMaven() throws Exception {
        OsvImport result = OsvImporter.read(shared("corpus/osv/ghsa-maven"));
        assertEquals(7, result.files());
        assertEquals(List.of(), result.problems());
        assertEquals(7, result.advisories().size());
        Advisory log4shell = result.advisories().stream()
                .filter(a -> a.id().equals("GHSA-jfh8-c2jp-5v3q"))
                .findFirst()
                .orElseThrow();
        assertEquals(Severity.CRITICAL, log4shell.facts().severity());
        KnowledgeBase kb = KnowledgeBase.empty().with(result.advisories(), new KnowledgeBaseOrigin("test", "", "1"));
        var maven = Ecosystem.MAVEN.versionScheme();
        PackageName core = PackageName.maven("org.apache.logging.log4j", "log4j-core");
        assertTrue(kb.match(core, maven.parseValid("2.14.1")).stream().anyMatch(m -> m.advisory() == log4shell));
        assertTrue(kb.match(core, maven.parseValid("2.17.1")).stream().noneMatch(m -> m.advisory() == log4shell));
    }

    @Test
    void theWholeGoVulnerabilityDatabase() throws Exception {
        OsvImport result = OsvImporter.read(shared("corpus/osv/go-vulndb"));
        assertEquals(4291, result.files());
        System.err.println("go-vulndb: " + result.advisories().size() + " advisories, " + result.skipped()
                + " skipped, " + result.problems().size() + " problems");
        assertTrue(
                result.advisories().size() > 4000,
                "advisories: " + result.advisories().size());
        assertTrue(result.problems().size() < 20, "problems: " + result.problems());
    }
}
