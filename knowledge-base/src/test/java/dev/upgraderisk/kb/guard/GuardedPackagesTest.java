package dev.upgraderisk.kb.guard;

import static dev.upgraderisk.kb.RangeEvent.fixed;
import static dev.upgraderisk.kb.RangeEvent.introduced;
import static dev.upgraderisk.kb.RangeEvent.lastAffected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.PackageRename;
import dev.upgraderisk.kb.RangeEvent;
import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardedPackagesTest {
    private static final Ecosystem GO = Ecosystem.GO;

    private static Advisory go(String id, Severity s, String name, List<String> aliases, RangeEvent... e) {
        return Advisories.of(id, s, GO, name, aliases, Advisories.affected(GO, name, List.of(), e));
    }

    private static AffectedWindow window(String from, String to, boolean inclusive) {
        return new AffectedWindow(Optional.ofNullable(from), Optional.ofNullable(to), inclusive);
    }

    @Test
    void rangesBecomeWindowsAsOsvReadsThem() {
        Advisory a = Advisories.of(
                "URK-1",
                Severity.HIGH,
                GO,
                "example.com/a",
                List.of(),
                Advisories.affected(
                        GO,
                        "example.com/a",
                        List.of("2.5.0"),
                        introduced("1.0.0"),
                        fixed("1.2.0"),
                        introduced("1.5.0"),
                        lastAffected("1.6.1")));
        List<GuardedPackage> p = GuardedPackages.of(Advisories.kb(List.of(a)), List.of(a), GuardSelection.all());
        assertEquals(1, p.size());
        assertEquals(
                List.of(
                        window("1.0.0", "1.2.0", false),
                        window("1.5.0", "1.6.1", true),
                        AffectedWindow.single("2.5.0")),
                p.get(0).windows());
    }

    @Test
    void introducedZeroWithoutFixAffectsEveryVersion() {
        Advisory a = go("URK-1", Severity.HIGH, "example.com/a", List.of(), introduced("0"));
        GuardedPackage p = GuardedPackages.of(Advisories.kb(List.of(a)), List.of(a), GuardSelection.all())
                .get(0);
        assertTrue(p.everyVersionAffected());
        Advisory b = go("URK-2", Severity.HIGH, "example.com/b", List.of(), introduced("0"), fixed("1.0.0"));
        GuardedPackage q = GuardedPackages.of(Advisories.kb(List.of(b)), List.of(b), GuardSelection.all())
                .get(0);
        assertFalse(q.everyVersionAffected());
        assertEquals(List.of(window(null, "1.0.0", false)), q.windows());
    }

    @Test
    void advisoriesOfOnePackageUnderItsOtherNamesBecomeOnePackageWithJoinedWindows() {
        Advisory a = go("URK-1", Severity.HIGH, "nhooyr.io/websocket", List.of(), introduced("1.8.8"), fixed("1.8.11"));
        Advisory b = go(
                "URK-2", Severity.LOW, "github.com/coder/websocket", List.of(), introduced("1.8.10"), fixed("1.8.12"));
        Advisory c = go(
                "URK-3", Severity.LOW, "nhooyr.io/websocket", List.of(), introduced("1.8.12"), lastAffected("1.8.13"));
        Advisory d = go("URK-4", Severity.LOW, "nhooyr.io/websocket", List.of(), introduced("1.8.3"), fixed("1.8.4"));
        var kb = Advisories.kb(
                List.of(a, b, c, d),
                new PackageRename(
                        new PackageName(GO, "nhooyr.io/websocket"),
                        new PackageName(GO, "github.com/coder/websocket"),
                        null,
                        "ref"));
        List<GuardedPackage> p = GuardedPackages.of(kb, kb.advisories(), GuardSelection.all());
        assertEquals(1, p.size(), "one package under two names: " + p);
        assertEquals(
                Set.of("nhooyr.io/websocket", "github.com/coder/websocket"),
                Set.copyOf(p.get(0).names()));
        // overlapping (1.8.8-1.8.11 and 1.8.10-1.8.12) and touching (fixed 1.8.12 = introduced 1.8.12) windows join
        assertEquals(
                List.of(window("1.8.3", "1.8.4", false), window("1.8.8", "1.8.13", true)),
                p.get(0).windows());
        // each advisory keeps its own windows, for the notes
        assertEquals(4, p.get(0).advisories().size());
        assertEquals(
                List.of(window("1.8.10", "1.8.12", false)),
                p.get(0).advisories().stream()
                        .filter(w -> w.advisory().id().equals("URK-2"))
                        .findFirst()
                        .orElseThrow()
                        .windows());
    }

    @Test
    void selectionByEcosystemNameSeverityAndUse() {
        Advisory a = go(
                "URK-1",
                Severity.HIGH,
                "example.com/a",
                List.of("example.com/a-old"),
                introduced("1.0.0"),
                fixed("1.1.0"));
        Advisory b = go("URK-2", Severity.LOW, "example.com/b", List.of(), introduced("1.0.0"), fixed("1.1.0"));
        Advisory m = Advisories.of(
                "URK-3",
                Severity.CRITICAL,
                Ecosystem.MAVEN,
                "g:m",
                List.of(),
                Advisories.affected(Ecosystem.MAVEN, "g:m", List.of(), introduced("1.0"), fixed("1.1")));
        var kb = Advisories.kb(List.of(a, b, m));
        var all = kb.advisories();
        assertEquals(
                List.of("g:m"),
                names(
                        kb,
                        all,
                        new GuardSelection(
                                Optional.of(Ecosystem.MAVEN), Optional.empty(), Optional.empty(), Optional.empty())));
        assertEquals(
                List.of("example.com/a"),
                names(
                        kb,
                        all,
                        new GuardSelection(
                                Optional.empty(),
                                Optional.of("example.com/a-old"),
                                Optional.empty(),
                                Optional.empty())));
        assertEquals(
                List.of("g:m", "example.com/a"),
                names(
                        kb,
                        all,
                        new GuardSelection(
                                Optional.empty(), Optional.empty(), Optional.of(Severity.HIGH), Optional.empty())));
        assertEquals(
                List.of("example.com/a"),
                names(kb, all, GuardSelection.all().usedBy(Set.of(new PackageName(GO, "example.com/a-old")))));
        assertEquals(
                List.of(),
                names(kb, all, GuardSelection.all().usedBy(Set.of(new PackageName(Ecosystem.NPM, "example.com/a")))));
    }

    private static List<String> names(KnowledgeBase kb, List<Advisory> all, GuardSelection s) {
        return GuardedPackages.of(kb, all, s).stream().map(GuardedPackage::name).toList();
    }
}
