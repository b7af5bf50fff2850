package dev.upgraderisk.scanner.golang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.api.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code retract} directives as the go command reads them, with the author's rationale. */
class GoModParserRetractTest {
    private static final String MOD = """
            module example.com/lib

            go 1.21

            // Published by accident.
            retract v1.0.0

            retract [v1.2.0, v1.2.3] // deadlocks when the pool is closed twice

            retract (
                // leaks file handles
                v1.4.1
                v1.5.0 // wrong module path in go.mod
                [v1.6.0-rc.1, v1.6.0-rc.3]
            )
            require golang.org/x/net v0.17.0
            """;

    @Test
    void singleVersionsIntervalsAndBlocksWithTheirRationale() throws Exception {
        List<GoModFile.Retract> r = GoModParser.parse("go.mod", MOD).retracts();
        assertEquals(
                List.of(
                        new GoModFile.Retract("v1.0.0", "v1.0.0", "Published by accident.", 6),
                        new GoModFile.Retract("v1.2.0", "v1.2.3", "deadlocks when the pool is closed twice", 8),
                        new GoModFile.Retract("v1.4.1", "v1.4.1", "leaks file handles", 12),
                        new GoModFile.Retract("v1.5.0", "v1.5.0", "wrong module path in go.mod", 13),
                        new GoModFile.Retract("v1.6.0-rc.1", "v1.6.0-rc.3", "", 14)),
                r);
    }

    @Test
    void anIntervalCoversItsEndsAndWhatLiesBetween() throws Exception {
        GoModFile.Retract interval = GoModParser.parse("go.mod", MOD).retracts().get(1);
        assertTrue(interval.covers("v1.2.0"));
        assertTrue(interval.covers("v1.2.2"));
        assertTrue(interval.covers("v1.2.3"));
        assertFalse(interval.covers("v1.2.4"));
        assertFalse(interval.covers("v1.1.9"));
        assertFalse(interval.covers("not-a-version"));
    }

    @Test
    void aMalformedRetractNamesTheLine() {
        InputException e = assertThrows(
                InputException.class, () -> GoModParser.parse("go.mod", "module m\n\nretract [v1.0.0 v1.1.0]\n"));
        assertEquals("go.mod:3: usage: retract VERSION or retract [LOW, HIGH]", e.getMessage());
        InputException bad =
                assertThrows(InputException.class, () -> GoModParser.parse("go.mod", "module m\nretract 1.0\n"));
        assertTrue(bad.getMessage().startsWith("go.mod:2: invalid version '1.0'"), bad.getMessage());
    }
}
