package dev.upgraderisk.kb.version;

import static dev.upgraderisk.kb.version.OrderingAssertions.assertAscending;
import static dev.upgraderisk.kb.version.OrderingAssertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SemVer 2.0.0 precedence, as npm uses it. */
class SemverVersionSchemeTest {
    private final SemverVersionScheme scheme = new SemverVersionScheme();

    @Test
    void theSpecificationsOwnExample() {
        assertAscending(
                scheme,
                List.of(
                        "1.0.0-alpha",
                        "1.0.0-alpha.1",
                        "1.0.0-alpha.beta",
                        "1.0.0-beta",
                        "1.0.0-beta.2",
                        "1.0.0-beta.11",
                        "1.0.0-rc.1",
                        "1.0.0"));
    }

    @Test
    void numericFieldsCompareAsNumbers() {
        assertAscending(scheme, List.of("1.9.0", "1.10.0", "1.10.1", "2.0.0", "10.0.0"));
    }

    @Test
    void buildMetadataIsIgnored() {
        assertSame(scheme, "1.0.0+build.1", "1.0.0+build.2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "01.0.0", "1.0.0-", "1.0.0-01", "a.b.c", "", "1.0.0.0"})
    void invalidVersionsAreRefused(String v) {
        assertThrows(InvalidVersionException.class, () -> scheme.parse(v));
    }

    /** Property: on random versions the order is antisymmetric and transitive, and equal means equal both ways. */
    @Test
    void orderIsATotalOrderOnRandomVersions() {
        Random random = new Random(20261127);
        List<Version> versions = new ArrayList<>();
        String[] pre = {"", "-alpha", "-alpha.1", "-beta.2", "-rc.1", "-0", "-1.a", "-x.7.z"};
        for (int i = 0; i < 300; i++) {
            versions.add(scheme.parseValid(random.nextInt(3) + "." + random.nextInt(3) + "." + random.nextInt(3)
                    + pre[random.nextInt(pre.length)]));
        }
        for (Version a : versions) {
            for (Version b : versions) {
                assertTrue(Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)), a + " vs " + b);
            }
        }
        for (int i = 0; i < 20000; i++) {
            Version a = versions.get(random.nextInt(versions.size()));
            Version b = versions.get(random.nextInt(versions.size()));
            Version c = versions.get(random.nextInt(versions.size()));
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertTrue(a.compareTo(c) <= 0, a + " <= " + b + " <= " + c);
            }
        }
    }
}
