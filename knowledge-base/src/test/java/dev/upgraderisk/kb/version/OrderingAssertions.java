package dev.upgraderisk.kb.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Checks that a list of versions is strictly ascending under a scheme, pair by pair and both ways round. */
final class OrderingAssertions {
    private OrderingAssertions() {}

    static void assertAscending(VersionScheme scheme, List<String> versions) {
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                String a = versions.get(i);
                String b = versions.get(j);
                assertTrue(scheme.compare(a, b) < 0, a + " < " + b);
                assertTrue(scheme.compare(b, a) > 0, b + " > " + a);
            }
        }
    }

    static void assertSame(VersionScheme scheme, String a, String b) {
        assertEquals(0, scheme.compare(a, b), a + " == " + b);
    }
}
