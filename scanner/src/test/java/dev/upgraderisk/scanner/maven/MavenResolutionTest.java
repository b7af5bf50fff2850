package dev.upgraderisk.scanner.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.ResolutionException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per Maven resolution rule, each on a project of its own against the fixture repository (POMs written for
 * these tests; see {@code src/test/resources/fixture-repo}).
 */
class MavenResolutionTest {
    @TempDir
    Path tmp;

    private List<DependencyGraph> resolve(String project, MavenOptions options) throws ScanException {
        return new ScanEngine()
                .scan(ScanRequest.of(Fixtures.project(project))
                        .withMaven(options)
                        .withKnowledgeBase(Fixtures.knowledgeBase("fixture")))
                .graphs();
    }

    private List<DependencyGraph> resolve(String project) throws Exception {
        return resolve(project, Fixtures.maven(tmp));
    }

    /** {@code group:artifact:type:classifier:version:scope[:optional]} of every node. */
    private static Set<String> rows(DependencyGraph g) {
        return g.nodes().stream()
                .map(n -> n.pkg().name() + ":" + n.type() + ":" + n.classifier() + ":" + n.version() + ":" + n.scope()
                        + (n.optional() ? ":optional" : ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static GraphNode node(DependencyGraph g, String name) {
        return g.nodes().stream()
                .filter(n -> n.pkg().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void parentChainFromRepositoryManagesTheVersion() throws Exception {
        // parent-mid -> parent-root, whose dependencyManagement sets lib-c to ${c.version} = 1.5
        assertEquals(
                Set.of("org.fixture:lib-c:jar::1.5:compile"),
                rows(resolve("parent-chain").get(0)));
    }

    @Test
    void bomImportManagesTheVersion() throws Exception {
        assertEquals(
                Set.of("org.fixture:lib-c:jar::3.0:compile"),
                rows(resolve("bom-import").get(0)));
    }

    @Test
    void profileActivatedByJdk() throws Exception {
        // the running JDK is 17 or later, so the [11,) profile is active; the property profile is not
        assertEquals(
                Set.of("org.fixture:lib-j:jar::1.0:compile"),
                rows(resolve("profiles").get(0)));
    }

    @Test
    void profileActivatedByPropertyFromCommandLine() throws Exception {
        var options = Fixtures.maven(tmp).withUserProperties(Map.of("with.p", "true"));
        assertEquals(
                Set.of("org.fixture:lib-j:jar::1.0:compile", "org.fixture:lib-p:jar::1.0:compile"),
                rows(resolve("profiles", options).get(0)));
    }

    @Test
    void profileDeactivatedById() throws Exception {
        var options = Fixtures.maven(tmp).withProfiles(List.of("with-p"), List.of("on-jdk-11-or-later"));
        assertEquals(
                Set.of("org.fixture:lib-p:jar::1.0:compile"),
                rows(resolve("profiles", options).get(0)));
    }

    @Test
    void aProfileThatDoesNotExistIsNotedAsMavenWarns() throws Exception {
        var options = Fixtures.maven(tmp).withProfiles(List.of("no-such-profile", "?optional-missing"), List.of());
        DependencyGraph g = resolve("profiles", options).get(0);
        assertEquals(
                List.of("the requested profile \"no-such-profile\" could not be activated because it does not exist"),
                g.notes());
    }

    @Test
    void wildcardExclusionDropsAllTransitives() throws Exception {
        assertEquals(
                Set.of("org.fixture:lib-a:jar::1.0:compile"),
                rows(resolve("wildcard-exclusion").get(0)));
    }

    @Test
    void relocationIsFollowedAndRemembered() throws Exception {
        DependencyGraph g = resolve("relocation").get(0);
        assertEquals(Set.of("org.fixture:new-name:jar::1.0:compile", "org.fixture:lib-c:jar::1.5:compile"), rows(g));
        assertEquals(
                List.of("org.fixture:old-name:1.0"),
                node(g, "org.fixture:new-name").relocatedFrom());
    }

    @Test
    void nearestWinsAndTheLoserIsRecorded() throws Exception {
        DependencyGraph g = resolve("nearest-wins").get(0);
        GraphNode c = node(g, "org.fixture:lib-c");
        assertEquals("1.0", c.version()); // depth 2 via lib-a beats depth 3 via lib-b > lib-x
        assertFalse(c.direct());
        assertEquals(
                "org.fixture:lib-a@1.0 > org.fixture:lib-c@1.0",
                c.paths().get(0).toString());
        assertEquals(1, c.lostRequests().size());
        assertEquals("2.0", c.lostRequests().get(0).requestedVersion());
        assertEquals(
                "org.fixture:lib-b@1.0 > org.fixture:lib-x@1.0 > org.fixture:lib-c@2.0",
                c.lostRequests().get(0).path().toString());
    }

    @Test
    void scopeIsWidenedToCompile() throws Exception {
        // lib-c arrives nearest through a test dependency (lib-q), deeper through a compile one: it becomes compile
        DependencyGraph g = resolve("scope-widening").get(0);
        GraphNode c = node(g, "org.fixture:lib-c");
        assertEquals("compile", c.scope());
        assertEquals("test", node(g, "org.fixture:lib-q").scope());
        assertEquals(
                List.of(
                        "org.fixture:lib-q@1.0 > org.fixture:lib-c@1.0",
                        "org.fixture:lib-y@1.0 > org.fixture:lib-z@1.0 > org.fixture:lib-c@1.0"),
                c.paths().stream().map(Object::toString).toList());
    }

    @Test
    void pathsContinueBelowADuplicateNode() throws Exception {
        // lib-z is direct and also reached through lib-y (same version, kept once): lib-c below it has both paths
        DependencyGraph g = resolve("paths-below-duplicate").get(0);
        assertEquals(
                List.of(
                        "org.fixture:lib-z@1.0 > org.fixture:lib-c@1.0",
                        "org.fixture:lib-y@1.0 > org.fixture:lib-z@1.0 > org.fixture:lib-c@1.0"),
                node(g, "org.fixture:lib-c").paths().stream()
                        .map(Object::toString)
                        .toList());
    }

    @Test
    void optionalDependenciesAreNotTransitive() throws Exception {
        DependencyGraph g = resolve("optional").get(0);
        // lib-opt's optional lib-c:2.0 is not pulled in; the project's own optional lib-a is, with its lib-c:1.0,
        // which Maven's optionality selector marks optional too (it is reachable only through an optional edge)
        assertEquals(
                Set.of(
                        "org.fixture:lib-opt:jar::1.0:compile",
                        "org.fixture:lib-a:jar::1.0:compile:optional",
                        "org.fixture:lib-c:jar::1.0:compile:optional"),
                rows(g));
    }

    @Test
    void testJarHasTheTestsClassifier() throws Exception {
        assertEquals(
                Set.of("org.fixture:lib-t:test-jar:tests:1.0:test"),
                rows(resolve("test-jar").get(0)));
    }

    @Test
    void reactorSiblingComesFromTheReactor() throws Exception {
        List<DependencyGraph> graphs = resolve("reactor");
        assertEquals(
                List.of("pom.xml", "core/pom.xml", "app/pom.xml"),
                graphs.stream().map(DependencyGraph::manifest).toList());
        // core is in no repository: it can only have come from the reactor, with its own dependencies
        assertEquals(
                Set.of(
                        "org.example:core:jar::1.0:compile",
                        "org.fixture:lib-a:jar::1.0:compile",
                        "org.fixture:lib-c:jar::1.0:compile"),
                rows(graphs.get(2)));
    }

    @Test
    void aBomThatIsAModuleIsImportedWhateverTheOrderOfDeclaration() throws Exception {
        // core imports the reactor's own bom, which is declared after it (Maven builds in two phases)
        List<DependencyGraph> graphs = resolve("reactor-bom-order");
        DependencyGraph core = graphs.stream()
                .filter(g -> g.manifest().equals("core/pom.xml"))
                .findFirst()
                .orElseThrow();
        assertEquals(Set.of("org.fixture:lib-c:jar::1.5:compile"), rows(core));
    }

    @Test
    void aParentOffTheRelativePathComesFromRepositoriesNotFromTheReactor() {
        // as in Maven: core's parent is a sibling module but not at ../pom.xml, and no repository has it
        var e = org.junit.jupiter.api.Assertions.assertThrows(ResolutionException.class, () -> resolve("flat-parent"));
        assertTrue(
                e.getMessage().contains("core/pom.xml:6:11: Non-resolvable parent POM for org.example:core:1.0"),
                e.getMessage());
    }

    @Test
    void mavenConfigOfTheProjectAppliesAndTheCommandLineWins() throws Exception {
        DependencyGraph g = resolve("maven-config").get(0);
        assertEquals("org.example:maven-config:1.2.3", g.root(), "-Drevision from .mvn/maven.config");
        assertEquals(
                Set.of("org.fixture:lib-a:jar::1.0:compile", "org.fixture:lib-c:jar::1.0:compile"),
                rows(g),
                "-Pextra from .mvn/maven.config");
        var cli = Fixtures.maven(tmp).withUserProperties(Map.of("revision", "9.9.9"));
        assertEquals(
                "org.example:maven-config:9.9.9",
                resolve("maven-config", cli).get(0).root());
    }

    @Test
    void plainHttpRepositoriesAreBlockedAsMavenBlocksThem() throws Exception {
        // settings that mirror only central, so the POM's own http:// repository would be used if not blocked
        Path settings = tmp.resolve("central-only.xml");
        Files.writeString(
                settings,
                Files.readString(Fixtures.settings(tmp))
                        .replace("<mirrorOf>*</mirrorOf>", "<mirrorOf>central</mirrorOf>"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                ResolutionException.class,
                () -> resolve("http-repository", Fixtures.maven(tmp).withSettings(settings)));
        assertTrue(
                e.getMessage()
                        .contains("Blocked mirror for repositories: [insecure (http://repo.insecure.example/maven2"),
                e.getMessage());
    }

    @Test
    void ciFriendlyVersionFromPropertiesAndCommandLine() throws Exception {
        List<DependencyGraph> graphs = resolve("ci-friendly");
        assertEquals("org.example:service:1.0.0-SNAPSHOT", graphs.get(2).root());
        assertTrue(rows(graphs.get(2)).contains("org.example:api:jar::1.0.0-SNAPSHOT:compile"));

        var options = Fixtures.maven(tmp).withUserProperties(Map.of("revision", "2.3.4"));
        List<DependencyGraph> overridden = resolve("ci-friendly", options);
        assertEquals("org.example:service:2.3.4", overridden.get(2).root());
        assertTrue(rows(overridden.get(2)).contains("org.example:api:jar::2.3.4:compile"));
    }

    /** A missing POM needed only by a version that lost mediation is a note, as Maven only warns about it. */
    @Test
    void aMissingPomOfALosingVersionIsNoError() throws Exception {
        DependencyGraph g = resolve("missing-pom-of-loser").get(0);
        assertEquals(Set.of("org.fixture:lib-a:jar::1.0:compile", "org.fixture:lib-c:jar::1.5:compile"), rows(g));
        assertTrue(g.complete(), g.notes().toString());
        assertTrue(
                g.notes().stream()
                        .anyMatch(n -> n.startsWith(
                                "the POM of org.fixture:lib-c:9.9 (mediation chose 1.5)" + " is in no repository")),
                g.notes().toString());
    }
}
