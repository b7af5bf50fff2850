package dev.upgraderisk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Walks every curated entry of the knowledge base that ships with the tool. */
class BundledKnowledgeBaseTest {
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws Exception {
        kb = new KnowledgeBaseLoader().loadBundled();
    }

    private static long count(Ecosystem e) {
        return kb.advisories().stream()
                .filter(a -> a.affected().get(0).pkg().ecosystem() == e)
                .count();
    }

    @Test
    void theBundleIsTheEntriesFolder() throws Exception {
        KnowledgeBase source = new KnowledgeBaseLoader().load(Path.of(System.getProperty("basedir", "."), "entries"));
        Set<String> inFolder =
                new TreeSet<>(source.advisories().stream().map(Advisory::id).toList());
        Set<String> inBundle =
                new TreeSet<>(kb.advisories().stream().map(Advisory::id).toList());
        Set<String> onlyFolder = new TreeSet<>(inFolder);
        onlyFolder.removeAll(inBundle);
        Set<String> onlyBundle = new TreeSet<>(inBundle);
        onlyBundle.removeAll(inFolder);
        assertEquals(
                Set.of(), onlyFolder, "entries missing from the bundle (rebuild: ./mvnw -pl knowledge-base install)");
        assertEquals(Set.of(), onlyBundle, "bundle entries no longer in the folder");
        assertEquals(source.advisories(), kb.advisories(), "the compiled bundle reads back every field");
        assertEquals(source.renames(), kb.renames());
        assertEquals(source.origin().revision(), kb.origin().revision());
        assertEquals("bundled", kb.origin().kind());
    }

    @Test
    void everyEntryCitesItsIssueAndFixWithWellFormedUrls() throws Exception {
        for (Advisory a : kb.advisories()) {
            assertFalse(a.references("REPORT").isEmpty(), a.id() + " has no REPORT");
            assertFalse(a.references("FIX").isEmpty(), a.id() + " has no FIX");
            for (Reference r : a.references()) {
                URI u = new URI(r.url());
                assertEquals("https", u.getScheme(), a.id() + ": " + r.url());
                assertTrue(u.getHost() != null && u.getHost().contains("."), a.id() + ": " + r.url());
            }
        }
    }

    @Test
    void idsAreUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (Advisory a : kb.advisories()) {
            assertTrue(a.id().matches("URK-\\d{4}-\\d{4}"), a.id());
            assertTrue(seen.add(a.id()), "duplicate " + a.id());
            assertTrue(a.source().endsWith("/" + a.id() + ".yaml"), a.source());
        }
    }

    @Test
    void rangesAreOrderedAndFixedLiesAboveIntroduced() {
        for (Advisory a : kb.advisories()) {
            for (Affected af : a.affected()) {
                var scheme = af.pkg().ecosystem().versionScheme();
                for (AffectedRange r : af.ranges()) {
                    String introduced =
                            r.introduced().orElseThrow(() -> new AssertionError(a.id() + ": no introduced"));
                    for (String fixed : r.fixedVersions()) {
                        assertTrue(
                                introduced.equals("0") || scheme.compare(fixed, introduced) > 0,
                                a.id() + ": fixed " + fixed + " <= introduced " + introduced);
                        // the entry's own first bad version is affected, its fixed version is not
                        assertFalse(
                                af.contains(scheme.parseValid(fixed))
                                        && af.versions().isEmpty(),
                                a.id() + ": fixed version " + fixed + " still inside the range");
                    }
                    if (!introduced.equals("0")) {
                        assertTrue(af.contains(scheme.parseValid(introduced)), a.id() + ": introduced not affected");
                    }
                }
            }
        }
    }

    @Test
    void anythingBelowHighConfidenceSaysWhatWasInferred() {
        for (Advisory a : kb.advisories()) {
            var facts = a.facts();
            if (facts.confidence() != Confidence.HIGH) {
                assertFalse(facts.inferred().isEmpty(), a.id() + " is " + facts.confidence() + " but infers nothing");
            }
            assertFalse(facts.trigger().isBlank(), a.id());
            assertFalse(facts.symptom().isBlank(), a.id());
        }
    }

    @Test
    void lastKnownGoodLiesBelowTheFirstBadVersion() {
        for (Advisory a : kb.advisories()) {
            a.facts().lastKnownGood().ifPresent(good -> {
                Affected af = a.affected().get(0);
                var scheme = af.pkg().ecosystem().versionScheme();
                assertFalse(
                        af.contains(scheme.parseValid(good)), a.id() + ": last known good " + good + " is affected");
            });
        }
    }

    @Test
    void coversTheThreeEcosystems() {
        assertTrue(count(Ecosystem.MAVEN) >= 10, "Maven entries: " + count(Ecosystem.MAVEN));
        assertTrue(count(Ecosystem.GO) >= 3, "Go entries: " + count(Ecosystem.GO));
        assertTrue(count(Ecosystem.NPM) >= 3, "npm entries: " + count(Ecosystem.NPM));
    }

    /**
     * The seed case: coder/websocket#434, the goroutine spike on close, reported on v1.8.10 and fixed by PR #427 in
     * v1.8.11; the close code #427 rewrote first shipped in v1.8.8 (git tags), so v1.8.8 and v1.8.9 are affected too.
     */
    @Test
    void websocketRangeStartsWhereTheCloseCodeFirstShipped() {
        var go = Ecosystem.GO.versionScheme();
        PackageName old = new PackageName(Ecosystem.GO, "nhooyr.io/websocket");
        for (String v : List.of("v1.8.8", "v1.8.9", "v1.8.10")) {
            assertTrue(
                    kb.match(old, go.parseValid(v)).stream()
                            .anyMatch(m -> m.advisory().id().equals("URK-2026-0001")),
                    v + " is affected");
        }
        for (String v : List.of("v1.8.7", "v1.8.11")) {
            assertTrue(
                    kb.match(old, go.parseValid(v)).stream()
                            .noneMatch(m -> m.advisory().id().equals("URK-2026-0001")),
                    v + " is not affected");
        }
    }

    /** The seed case: coder/websocket#434, the goroutine spike on close in v1.8.10, fixed by PR #427 in v1.8.11. */
    @Test
    void websocketGoroutineSpikeUnderBothNames() {
        var go = Ecosystem.GO.versionScheme();
        PackageName old = new PackageName(Ecosystem.GO, "nhooyr.io/websocket");
        List<KnowledgeBaseMatch> matches = kb.match(old, go.parseValid("v1.8.10"));
        KnowledgeBaseMatch spike = matches.stream()
                .filter(m -> m.advisory().reference("REPORT").orElse("").endsWith("coder/websocket/issues/434"))
                .findFirst()
                .orElseThrow();
        assertEquals(Kind.LEAK, spike.advisory().facts().kind());
        assertEquals(List.of("1.8.11"), spike.affected().fixedVersions());
        assertEquals(
                "https://github.com/coder/websocket/pull/427",
                spike.advisory().reference("FIX").orElseThrow());
        assertEquals(
                "github.com/coder/websocket", spike.rename().orElseThrow().to().name());
        assertTrue(kb.match(old, go.parseValid("v1.8.11")).stream().noneMatch(m -> m.advisory() == spike.advisory()));
        assertTrue(kb.match(old, go.parseValid("v1.8.7")).isEmpty());
        // the module's new name finds the same entry
        assertTrue(
                kb.match(new PackageName(Ecosystem.GO, "github.com/coder/websocket"), go.parseValid("v1.8.10")).stream()
                        .anyMatch(m -> m.advisory() == spike.advisory()));
    }
}
