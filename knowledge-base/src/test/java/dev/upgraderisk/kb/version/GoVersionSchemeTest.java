package dev.upgraderisk.kb.version;

import static dev.upgraderisk.kb.version.OrderingAssertions.assertAscending;
import static dev.upgraderisk.kb.version.OrderingAssertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Go module versions, as the go command orders them. */
class GoVersionSchemeTest {
    private final GoVersionScheme scheme = new GoVersionScheme();

    @Test
    void theWebsocketReleases() {
        assertAscending(scheme, List.of("v1.8.7", "v1.8.8", "v1.8.9", "v1.8.10", "v1.8.11", "v1.8.12"));
    }

    @Test
    void thePrefixIsOptionalAsInOsvRanges() {
        assertSame(scheme, "v1.8.10", "1.8.10");
    }

    @Test
    void pseudoVersionsSortBeforeTheReleaseTheyPrecede() {
        // v0.0.0-<time>-<hash>: no earlier tag; vX.Y.(Z+1)-0.<time>-<hash>: after vX.Y.Z, before vX.Y.(Z+1)
        assertAscending(
                scheme,
                List.of(
                        "v0.0.0-20190101000000-abcdefabcdef",
                        "v0.0.0-20200101000000-abcdefabcdef",
                        "v0.0.1",
                        "v1.2.3",
                        "v1.2.4-0.20210101000000-0123456789ab",
                        "v1.2.4"));
        assertTrue(GoVersionScheme.isPseudoVersion(scheme.parseValid("v0.0.0-20190101000000-abcdefabcdef")));
        assertTrue(GoVersionScheme.isPseudoVersion(scheme.parseValid("v1.2.4-0.20210101000000-0123456789ab")));
        assertTrue(GoVersionScheme.isPseudoVersion(scheme.parseValid("v1.2.4-pre.0.20210101000000-0123456789ab")));
        assertFalse(GoVersionScheme.isPseudoVersion(scheme.parseValid("v1.2.4-rc.1")));
    }

    @Test
    void incompatibleIsIgnoredForOrdering() {
        assertSame(scheme, "v2.0.0+incompatible", "v2.0.0");
        assertAscending(scheme, List.of("v1.9.9", "v2.0.0+incompatible", "v2.1.0+incompatible", "v3.0.0"));
    }

    @Test
    void otherBuildMetadataAndShortFormsAreRefused() {
        assertThrows(InvalidVersionException.class, () -> scheme.parse("v1.2.3+meta"));
        assertThrows(InvalidVersionException.class, () -> scheme.parse("v1.2"));
        assertThrows(InvalidVersionException.class, () -> scheme.parse("latest"));
    }
}
