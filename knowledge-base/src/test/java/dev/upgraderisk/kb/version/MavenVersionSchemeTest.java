package dev.upgraderisk.kb.version;

import static dev.upgraderisk.kb.version.OrderingAssertions.assertAscending;
import static dev.upgraderisk.kb.version.OrderingAssertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Known orderings of real Maven versions, under Maven Resolver's own scheme. */
class MavenVersionSchemeTest {
    private final MavenVersionScheme scheme = new MavenVersionScheme();

    @Test
    void qualifiersOrderAsMavenOrdersThem() {
        assertAscending(
                scheme,
                List.of(
                        "2.0.0-alpha1",
                        "2.0.0-beta1",
                        "2.0.0-M1",
                        "2.0.0-M2",
                        "2.0.0-RC1",
                        "2.0.0-SNAPSHOT",
                        "2.0.0",
                        "2.0.0-sp1",
                        "2.0.1"));
    }

    @Test
    void releaseQualifiersEqualThePlainVersion() {
        assertSame(scheme, "5.3.9.RELEASE", "5.3.9");
        assertSame(scheme, "6.4.0.Final", "6.4.0");
        assertSame(scheme, "1.0-ga", "1.0");
    }

    @Test
    void nettyFinalVersionsOrderNumerically() {
        assertAscending(scheme, List.of("4.1.9.Final", "4.1.32.Final", "4.1.94.Final", "4.1.100.Final", "4.2.0.Final"));
    }

    @Test
    void springReleaseVersions() {
        assertAscending(scheme, List.of("5.2.9.RELEASE", "5.2.10.RELEASE", "5.3.0", "6.0.0-M1", "6.0.0-RC1", "6.0.0"));
    }

    @Test
    void guavaFlavours() {
        assertAscending(scheme, List.of("31.1-jre", "32.0.0-jre", "32.1.0-jre", "32.1.1-jre", "33.0.0-jre"));
    }

    @Test
    void jettyDateQualifiedVersions() {
        assertAscending(
                scheme,
                List.of("9.4.21.v20190926", "9.4.22.v20191022", "9.4.23.v20191118", "9.4.100.v20220101", "10.0.0"));
    }

    @Test
    void preReleasesAreRecognised() {
        assertTrue(scheme.parseValid("1.0-SNAPSHOT").isPreRelease());
        assertTrue(scheme.parseValid("6.0.0-M1").isPreRelease());
        assertTrue(scheme.parseValid("6.0.0-RC1").isPreRelease());
        assertTrue(scheme.parseValid("2.0.0-alpha1").isPreRelease());
        assertFalse(scheme.parseValid("6.0.0").isPreRelease());
        assertFalse(scheme.parseValid("32.1.0-jre").isPreRelease());
        assertFalse(scheme.parseValid("4.1.94.Final").isPreRelease());
        assertFalse(scheme.parseValid("9.4.21.v20190926").isPreRelease());
    }

    @Test
    void preReleasesWithoutSeparatorsAreRecognisedAsMavenTokenisesThem() {
        // GenericVersion splits at every change between digits and letters: 3.2.0rc2 is 3.2.0-rc-2
        assertTrue(scheme.parseValid("3.2.0rc2").isPreRelease());
        assertTrue(scheme.parseValid("2.0b1").isPreRelease());
        assertTrue(scheme.parseValid("1.0a1").isPreRelease());
        assertTrue(scheme.parseValid("3.0.0-alpha-5").isPreRelease());
        assertTrue(scheme.parseValid("2.0.0.M3").isPreRelease());
        assertTrue(scheme.parseValid("1.9.0-Beta").isPreRelease());
        assertTrue(scheme.parseValid("1.0.0_rc").isPreRelease());
        assertAscending(scheme, List.of("3.0.0-alpha-5", "3.0.0-alpha-7", "3.1.0", "3.2.0rc2", "3.2.0"));
        assertFalse(
                scheme.parseValid("9999.0-empty-to-avoid-conflict-with-guava").isPreRelease());
        assertFalse(scheme.parseValid("5.3.9.RELEASE").isPreRelease());
        assertFalse(scheme.parseValid("1.0-b").isPreRelease()); // "b" alone is a word, not Maven's beta alias
        assertFalse(scheme.parseValid("1.2.3-jre17").isPreRelease());
    }

    @Test
    void rangesAndBlanksAreNotVersions() {
        assertThrows(InvalidVersionException.class, () -> scheme.parse(""));
        assertThrows(InvalidVersionException.class, () -> scheme.parse("[1.0,2.0)"));
        assertThrows(InvalidVersionException.class, () -> scheme.parse("1.0 2.0"));
    }
}
