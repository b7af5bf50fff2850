package dev.upgraderisk.scanner.maven.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.maven.MavenOptions;
import dev.upgraderisk.scanner.maven.MavenRepositoryContext;
import dev.upgraderisk.scanner.maven.ReactorWorkspaceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graphs of released artifacts that the direct-upgrade search looks into are kept between runs, and a kept graph
 * answers only under the properties its POMs were read with, never from a damaged file, and never for a graph whose
 * versions come from repository metadata.
 */
class CandidateGraphsTest {
    private static final Map<String, String> PLAIN = Map.of("org.fixture:lib-c", "1.0");
    private static final Map<String, String> RICH = Map.of("org.fixture:lib-c", "1.5", "org.fixture:lib-p", "1.0");

    @TempDir
    Path tmp;

    /** A run of its own (a new context, as a new scan has), asking for one artifact's graph. */
    private Optional<Map<String, String>> winners(MavenOptions options, String artifactId) throws Exception {
        try (MavenRepositoryContext context = MavenRepositoryContext.open(options, new ReactorWorkspaceReader())) {
            return new CandidateGraphs(context.system(), context.session())
                    .winners("org.fixture", artifactId, "1.0", repositories(context));
        }
    }

    private static List<RemoteRepository> repositories(MavenRepositoryContext context) {
        return context.forResolution(List.of(MavenRepositoryContext.CENTRAL));
    }

    /** The stored entry of an artifact's graph, as the store answers for it (empty when none is kept). */
    private Optional<byte[]> stored(MavenOptions options, String artifactId) throws Exception {
        try (MavenRepositoryContext context = MavenRepositoryContext.open(options, new ReactorWorkspaceReader())) {
            return new DescriptorStore(tmp.resolve("local-repo")).get(key(context, artifactId));
        }
    }

    private static String key(MavenRepositoryContext context, String artifactId) {
        return CandidateGraphs.key(new DefaultArtifact("org.fixture", artifactId, "jar", "1.0"), repositories(context));
    }

    @Test
    void aKeptGraphAnswersOnlyWhileThePropertiesItsPomsReadAreUnchanged() throws Exception {
        MavenOptions plain = Fixtures.maven(tmp);
        MavenOptions rich = plain.withUserProperties(Map.of("flavour", "rich"));
        assertEquals(Optional.of(PLAIN), winners(plain, "lib-flavoured"));
        CandidateGraph kept =
                CandidateGraph.decode(stored(plain, "lib-flavoured").orElseThrow());
        assertEquals(PLAIN, kept.winners());
        assertTrue(
                kept.conditions().stream().anyMatch(c -> c.name().equals("flavour")),
                "the parent's profile reads 'flavour': " + kept.conditions());

        // an entry that says something else, under the same conditions: a run that answers from it shows it was read
        Map<String, String> forged = Map.of("org.fixture:forged", "9.9");
        try (MavenRepositoryContext context = MavenRepositoryContext.open(plain, new ReactorWorkspaceReader())) {
            new DescriptorStore(tmp.resolve("local-repo"))
                    .put(key(context, "lib-flavoured"), new CandidateGraph(kept.conditions(), forged).encode());
        }
        assertEquals(Optional.of(forged), winners(plain, "lib-flavoured"));
        // -Dflavour=rich changes what the parent's POM makes of the graph: the entry must not answer
        assertEquals(Optional.of(RICH), winners(rich, "lib-flavoured"));
        assertEquals(Optional.of(RICH), winners(rich.withDescriptorCache(false), "lib-flavoured"));
        assertEquals(Optional.of(PLAIN), winners(plain.withDescriptorCache(false), "lib-flavoured"));
    }

    @Test
    void aDamagedEntryIsAMissAndIsRewritten() throws Exception {
        MavenOptions plain = Fixtures.maven(tmp);
        assertEquals(Optional.of(PLAIN), winners(plain, "lib-flavoured"));
        Path file;
        try (MavenRepositoryContext context = MavenRepositoryContext.open(plain, new ReactorWorkspaceReader())) {
            file = new DescriptorStore(tmp.resolve("local-repo")).file(key(context, "lib-flavoured"));
        }
        byte[] whole = Files.readAllBytes(file);
        for (int at : new int[] {0, 20, whole.length / 2, whole.length - 1}) {
            byte[] flipped = whole.clone();
            flipped[at] ^= 0x20;
            Files.write(file, flipped);
            assertEquals(Optional.of(PLAIN), winners(plain, "lib-flavoured"), "byte " + at + " flipped");
            assertEquals(
                    PLAIN,
                    CandidateGraph.decode(stored(plain, "lib-flavoured").orElseThrow())
                            .winners());
        }
    }

    @Test
    void aGraphWithAVersionRangeIsNeverKept() throws Exception {
        MavenOptions plain = Fixtures.maven(tmp);
        // [1.0,2.0) resolves against lib-c's metadata (1.0, 1.5, 2.0, 2.1, 3.0): the highest inside is 1.5
        assertEquals(Optional.of(Map.of("org.fixture:lib-c", "1.5")), winners(plain, "lib-ranged"));
        assertEquals(Optional.empty(), stored(plain, "lib-ranged"));
    }

    @Test
    void fileActivationsADependencysPomCannotSeeDoNotStopTheCacheAndOnesOnThisDiskDo() throws Exception {
        MavenOptions plain = Fixtures.maven(tmp);
        Path folder = tmp.resolve("local-repo/org/fixture/lib-filed/1.0");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("marker.txt"), "beside the POM, where no dependency's profile looks");
        assertEquals(Optional.of(PLAIN), winners(plain.withDescriptorCache(false), "lib-filed"));
        assertEquals(Optional.of(PLAIN), winners(plain, "lib-filed"));
        assertTrue(stored(plain, "lib-filed").isPresent(), "kept: no profile of lib-filed depends on the disk");
        assertEquals(Optional.of(PLAIN), winners(plain, "lib-filed"));

        // whether lib-disk's profile is active depends on a file under ${java.home}: answered as Maven answers, never
        // kept
        assertEquals(winners(plain.withDescriptorCache(false), "lib-disk"), winners(plain, "lib-disk"));
        assertEquals(Optional.empty(), stored(plain, "lib-disk"));
    }

    @Test
    void aFileActivationReadsTheDiskOnlyWhenItsPathCanBeAbsolute() {
        for (String path : List.of(
                "src/site/resources/profile.jacoco",
                "../lib/jni",
                "${basedir}/src/main/java9",
                "${project.basedir}/x")) {
            assertFalse(PomInputs.readsDisk(activatedBy(path)), path);
        }
        for (String path :
                List.of("${java.home}/lib/src.zip", "${user.home}/.m2/toolchains.xml", "/etc/hosts", "C:/x")) {
            assertTrue(PomInputs.readsDisk(activatedBy(path)), path);
        }
        // a <file> in a plugin's configuration activates nothing
        assertFalse(PomInputs.readsDisk("<configuration><file><path>${java.home}/x</path></file></configuration>"));
    }

    private static String activatedBy(String path) {
        return "<profiles><profile><activation><file><exists>" + path
                + "</exists></file></activation></profile></profiles>";
    }

    @Test
    void withoutTheDescriptorCacheNoGraphIsKept() throws Exception {
        MavenOptions off = Fixtures.maven(tmp).withDescriptorCache(false);
        assertEquals(Optional.of(PLAIN), winners(off, "lib-flavoured"));
        assertEquals(Optional.empty(), stored(Fixtures.maven(tmp), "lib-flavoured"));
    }

    @Test
    void aGraphAskedForByManyThreadsAtOnceIsTheSameForAll() throws Exception {
        MavenOptions plain = Fixtures.maven(tmp);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (MavenRepositoryContext context = MavenRepositoryContext.open(plain, new ReactorWorkspaceReader())) {
            CandidateGraphs graphs = new CandidateGraphs(context.system(), context.session());
            List<Future<Optional<Map<String, String>>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String artifact = i % 2 == 0 ? "lib-flavoured" : "lib-b";
                answers.add(pool.submit(() -> graphs.winners("org.fixture", artifact, "1.0", repositories(context))));
            }
            for (int i = 0; i < answers.size(); i++) {
                Map<String, String> expected =
                        i % 2 == 0 ? PLAIN : Map.of("org.fixture:lib-x", "1.0", "org.fixture:lib-c", "2.0");
                assertEquals(Optional.of(expected), answers.get(i).get(), "answer " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
