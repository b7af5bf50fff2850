package dev.upgraderisk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** upgrade-risk.yaml scenarios, one file each under {@code src/test/resources/policy}. */
class PolicyFileReaderTest {
    private static Policy read(String scenario) throws Exception {
        Path file = Path.of(PolicyFileReaderTest.class
                .getResource("/policy/" + scenario + ".yaml")
                .toURI());
        return PolicyFileReader.read(file, "upgrade-risk.yaml");
    }

    private static void assertError(String scenario, String expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> read(scenario));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void everyKey() throws Exception {
        Policy p = read("full");
        assertEquals(Severity.HIGH, p.failOn());
        assertEquals(Level.OFF, p.levels().get("unstable-version"));
        assertEquals(Level.ERROR, p.levels().get("mediated-into-affected"));
        assertEquals("org.example:*", p.allow().get(0).name());
        assertEquals(Optional.of("3.2.1"), p.deny().get(0).version());
        Suppression s = p.suppressions().get(0);
        assertEquals("URK-2026-0001", s.id());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 31)), s.until());
        assertEquals("upgrade-risk.yaml:11", s.location());
        assertEquals(Optional.of("v1.8.10"), s.pkg().orElseThrow().version());
    }

    @Test
    void anEmptyFileIsTheDefaults() throws Exception {
        assertEquals(Severity.LOW, read("empty").failOn());
    }

    @Test
    void misspeltKeysGetASuggestion() {
        assertError("misspelt-key", "upgrade-risk.yaml:2: unknown key 'supressions' (did you mean 'suppressions'?)");
        assertError(
                "unknown-rule",
                "upgrade-risk.yaml:2: unknown key 'known-regresion' (did you mean 'known-regression'?)");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingBothLines() {
        assertError("duplicate-key", "upgrade-risk.yaml:4: 'fail-on' is given twice (also at line 1)");
    }

    @Test
    void aSuppressionNeedsAReason() {
        assertError("missing-reason", "upgrade-risk.yaml:2: suppression of URK-2026-0001 needs a 'reason'");
    }

    @Test
    void badValues() {
        assertError("bad-date", "upgrade-risk.yaml:4: until: 'next tuesday' is not a date");
        assertError("bad-level", "upgrade-risk.yaml:2: rules.known-regression: 'fatal' is not a level");
        assertError("bad-severity", "upgrade-risk.yaml:1: fail-on: 'severe' is not a severity");
    }

    @Test
    void notYamlAndAliasBombs() {
        assertError("not-yaml", "upgrade-risk.yaml:2: not valid YAML");
        PolicyException bomb = assertThrows(PolicyException.class, () -> read("alias-bomb"));
        assertTrue(
                bomb.getMessage().contains("not valid YAML")
                        || bomb.getMessage().contains("unknown key"),
                bomb.getMessage());
    }
}
