package dev.upgraderisk.scanner.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.scanner.MavenCentral;
import dev.upgraderisk.scanner.SharedCorpus;
import dev.upgraderisk.scanner.advice.BuildChange;
import dev.upgraderisk.scanner.api.ResolutionException;
import dev.upgraderisk.scanner.engine.FixEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.maven.MavenOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Online (Maven Central), with the bundled knowledge base: {@code fix} on copies of the bundled example and of two
 * real projects of the shared corpus. Every file after the fix is compared whole with the file before plus the
 * intended lines (built here from the file's own lines, not from the fixer's output), and the scan after the fix no
 * longer has the findings. Skipped visibly when Central does not answer (or the corpus is absent).
 */
class MavenFixOnlineTest {
    @TempDir
    Path tmp;

    @Test
    void exampleGetsAPinForTheTransitiveOkhttpAndANewHikariVersion() throws Exception {
        Path project = FixTestFiles.copy(Path.of("..", "examples", "http-client-service"), tmp.resolve("example"));
        Map<String, String> before = FixTestFiles.snapshot(project);

        FixOutcome outcome = fix(project, false);

        String okhttp = version(outcome, "okhttp");
        String hikari = version(outcome, "HikariCP");
        List<String> lines = lines(before.get("pom.xml"));
        int dependencies = indexOf(lines, "  <dependencies>", 0);
        lines.addAll(
                dependencies,
                List.of(
                        "  <dependencyManagement>",
                        "    <dependencies>",
                        "      <dependency>",
                        "        <groupId>com.squareup.okhttp3</groupId>",
                        "        <artifactId>okhttp</artifactId>",
                        "        <version>" + okhttp + "</version>",
                        "      </dependency>",
                        "    </dependencies>",
                        "  </dependencyManagement>",
                        ""));
        int hikariVersion = indexOf(lines, "      <version>4.0.0</version>", indexOf(lines, "HikariCP", 0));
        lines.set(hikariVersion, "      <version>" + hikari + "</version>");
        assertOnlyChanged(before, project, Map.of("pom.xml", join(lines)));
        assertGone(outcome, "com.squareup.okhttp3:okhttp", "com.zaxxer:HikariCP");
    }

    @Test
    void dryRunOnTheExampleChangesNoFile() throws Exception {
        Path project = FixTestFiles.copy(Path.of("..", "examples", "http-client-service"), tmp.resolve("example"));
        Map<String, String> before = FixTestFiles.snapshot(project);

        FixOutcome outcome = fix(project, true);

        assertEquals(before, FixTestFiles.snapshot(project));
        assertFalse(outcome.applied());
        assertTrue(outcome.text().contains("+      <version>" + version(outcome, "HikariCP") + "</version>"));
    }

    /** spring-petclinic: Spring Boot manages the affected artifacts through properties, which the fix adds. */
    @Test
    void springPetclinicGetsBootsVersionProperties() throws Exception {
        Path project = corpusCopy("spring-petclinic");
        Map<String, String> before = FixTestFiles.snapshot(project);

        FixOutcome outcome = fix(project, false);

        List<BuildChange.SetProperty> properties = outcome.proposal().changes().stream()
                .map(c -> (BuildChange.SetProperty) c) // a ClassCastException here: not a property
                .toList();
        assertFalse(properties.isEmpty());
        List<String> lines = lines(before.get("pom.xml"));
        int end = indexOf(lines, "  </properties>", 0);
        String indent = lines.get(end - 1).substring(0, lines.get(end - 1).indexOf('<'));
        List<String> added = properties.stream()
                .map(p -> indent + "<" + p.name() + ">" + p.value() + "</" + p.name() + ">")
                .toList();
        lines.addAll(end, added);
        assertOnlyChanged(before, project, Map.of("pom.xml", join(lines)));
        assertTrue(
                properties.stream().anyMatch(p -> p.name().equals("spring-framework.version")), properties.toString());
        assertGone(outcome, "org.springframework:spring-webmvc");
    }

    /** gson: snakeyaml comes into the proto module transitively; the pin goes into the reactor's root POM. */
    @Test
    void gsonGetsAPinForTheTransitiveSnakeyamlInTheReactorRoot() throws Exception {
        Path project = corpusCopy("gson");
        Map<String, String> before = FixTestFiles.snapshot(project);

        FixOutcome outcome = fix(project, false);

        assertEquals(
                1,
                outcome.proposal().changes().size(),
                outcome.proposal().changes().toString());
        BuildChange.ManagedPin pin =
                (BuildChange.ManagedPin) outcome.proposal().changes().get(0);
        assertEquals("org.yaml:snakeyaml", pin.groupId() + ":" + pin.artifactId());
        List<String> lines = lines(before.get("pom.xml"));
        int list = indexOf(lines, "<dependencies>", indexOf(lines, "<dependencyManagement>", 0));
        String indent = lines.get(list + 1).substring(0, lines.get(list + 1).indexOf('<'));
        String step = indent.substring(lines.get(list).indexOf('<'));
        lines.addAll(
                list + 1,
                List.of(
                        indent + "<dependency>",
                        indent + step + "<groupId>org.yaml</groupId>",
                        indent + step + "<artifactId>snakeyaml</artifactId>",
                        indent + step + "<version>" + pin.version() + "</version>",
                        indent + "</dependency>"));
        assertOnlyChanged(before, project, Map.of("pom.xml", join(lines)));
        assertGone(outcome, "org.yaml:snakeyaml");
    }

    private Path corpusCopy(String name) throws Exception {
        Path source = SharedCorpus.resolve("corpus/maven/" + name);
        Path copy = FixTestFiles.copy(source, tmp.resolve(name));
        try (var files = Files.walk(copy)) { // only the POMs: the ground-truth files beside them are not the project's
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals("pom.xml")) Files.delete(p);
            }
        }
        return copy;
    }

    private FixOutcome fix(Path project, boolean dryRun) throws Exception {
        ScanRequest request = ScanRequest.of(project)
                .withMaven(MavenOptions.defaults().withLocalRepository(SpringBootLog4jOnlineTest.ONLINE_REPO))
                .withKnowledgeBase(new KnowledgeBaseRequest(
                        Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("kb-cache")));
        try {
            return new FixEngine().fix(request, dryRun);
        } catch (ResolutionException e) {
            if (MavenCentral.answers()) throw e;
            System.err.println("SKIPPED: Maven Central is not reachable: " + e.getMessage());
            Assumptions.abort("Maven Central is not reachable");
            throw e;
        }
    }

    private static String version(FixOutcome outcome, String artifactId) {
        return outcome.proposal().changes().stream()
                .filter(c -> c.describe().contains(":" + artifactId + " "))
                .map(BuildChange::version)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change for " + artifactId + ": " + outcome.proposal()));
    }

    private static void assertOnlyChanged(Map<String, String> before, Path project, Map<String, String> changed)
            throws Exception {
        Map<String, String> expected = new TreeMap<>(before);
        expected.putAll(changed);
        assertEquals(expected, FixTestFiles.snapshot(project));
    }

    private static void assertGone(FixOutcome outcome, String... packages) {
        assertTrue(outcome.applied());
        Set<String> gone =
                outcome.gone().stream().map(f -> f.pkg().pkg().name()).collect(Collectors.toSet());
        Set<String> remaining =
                outcome.remaining().stream().map(f -> f.pkg().pkg().name()).collect(Collectors.toSet());
        for (String p : packages) {
            assertTrue(gone.contains(p), p + " not among the findings gone: " + gone);
            assertFalse(
                    remaining.contains(p),
                    p + " still has findings: "
                            + outcome.remaining().stream().map(Finding::message).toList());
        }
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    private static int indexOf(List<String> lines, String content, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(content)) return i;
        }
        throw new AssertionError("no line with " + content);
    }
}
