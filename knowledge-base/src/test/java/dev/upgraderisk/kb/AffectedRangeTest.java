package dev.upgraderisk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.version.GoVersionScheme;
import dev.upgraderisk.kb.version.MavenVersionScheme;
import dev.upgraderisk.kb.version.VersionScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OSV range evaluation: introduced / fixed / last_affected, several stretches, and the explicit version list. */
class AffectedRangeTest {
    private final GoVersionScheme go = new GoVersionScheme();
    private final MavenVersionScheme maven = new MavenVersionScheme();

    private boolean in(AffectedRange r, String v, VersionScheme s) {
        return r.contains(s.parseValid(v), s);
    }

    @Test
    void introducedUpToFixed() {
        var r = new AffectedRange("SEMVER", List.of(RangeEvent.introduced("1.8.10"), RangeEvent.fixed("1.8.11")));
        assertFalse(in(r, "v1.8.9", go));
        assertTrue(in(r, "v1.8.10", go));
        assertFalse(in(r, "v1.8.11", go));
        assertFalse(in(r, "v1.8.12", go));
    }

    @Test
    void lastAffectedIsInclusive() {
        var r = new AffectedRange(
                "ECOSYSTEM", List.of(RangeEvent.introduced("2.15.0"), RangeEvent.lastAffected("2.15.2")));
        assertTrue(in(r, "2.15.2", maven));
        assertFalse(in(r, "2.15.3", maven));
    }

    @Test
    void fromTheBeginningAndOpenEnded() {
        var all = new AffectedRange("ECOSYSTEM", List.of(RangeEvent.introduced("0"), RangeEvent.fixed("1.0")));
        assertTrue(in(all, "0.0.1", maven));
        assertFalse(in(all, "1.0", maven));
        var open = new AffectedRange("ECOSYSTEM", List.of(RangeEvent.introduced("3.0")));
        assertTrue(in(open, "99.0", maven));
        assertFalse(in(open, "2.9", maven));
    }

    @Test
    void severalStretchesInOneRange() {
        var r = new AffectedRange(
                "ECOSYSTEM",
                List.of(
                        RangeEvent.introduced("1.0"),
                        RangeEvent.fixed("1.2"),
                        RangeEvent.introduced("2.0"),
                        RangeEvent.fixed("2.1")));
        assertTrue(in(r, "1.1", maven));
        assertFalse(in(r, "1.5", maven));
        assertTrue(in(r, "2.0", maven));
        assertFalse(in(r, "2.1", maven));
    }

    @Test
    void explicitVersionsMatchToo() {
        var a = new Affected(PackageName.maven("g", "a"), List.of(), List.of("2.1"));
        assertTrue(a.contains(maven.parseValid("2.1")));
        assertFalse(a.contains(maven.parseValid("2.2")));
    }

    @Test
    void fixedVersionsAreListedLowestFirst() {
        var a = new Affected(
                PackageName.maven("g", "a"),
                List.of(
                        new AffectedRange(
                                "ECOSYSTEM", List.of(RangeEvent.introduced("6.1.4"), RangeEvent.fixed("6.1.5"))),
                        new AffectedRange(
                                "ECOSYSTEM", List.of(RangeEvent.introduced("6.0.17"), RangeEvent.fixed("6.0.18")))),
                List.of());
        assertEquals(List.of("6.0.18", "6.1.5"), a.fixedVersions());
    }
}
