package dev.upgraderisk.kb.guard;

import static dev.upgraderisk.kb.RangeEvent.fixed;
import static dev.upgraderisk.kb.RangeEvent.introduced;
import static dev.upgraderisk.kb.RangeEvent.lastAffected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.RangeEvent;
import dev.upgraderisk.kb.Severity;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How each writer spells the windows in each ecosystem's notation (the range syntaxes are in the class docs). */
class GuardWritersTest {
    private static List<GuardedPackage> packages(Ecosystem e, List<String> versions, RangeEvent... events) {
        Advisory a = Advisories.of(
                "URK-1", Severity.HIGH, e, "pkg", List.of(), Advisories.affected(e, "pkg", versions, events));
        return GuardedPackages.of(Advisories.kb(List.of(a)), List.of(a), GuardSelection.all());
    }

    private static JsonNode renovate(List<GuardedPackage> p) throws Exception {
        StringWriter out = new StringWriter();
        new RenovatePresetWriter("test kb").write(p, out);
        return new ObjectMapper().readTree(out.toString());
    }

    private static List<String> dependabot(List<GuardedPackage> p) throws Exception {
        StringWriter out = new StringWriter();
        new DependabotConfigWriter("test kb", Optional.empty()).write(p, out);
        JsonNode ignore = new ObjectMapper(new YAMLFactory())
                .readTree(out.toString())
                .path("updates")
                .path(0)
                .path("ignore")
                .path(0);
        assertEquals("pkg", ignore.path("dependency-name").asText());
        List<String> versions = new ArrayList<>();
        ignore.path("versions").forEach(v -> versions.add(v.asText()));
        return versions;
    }

    @Test
    void mavenIntervals() throws Exception {
        var p = packages(
                Ecosystem.MAVEN,
                List.of("2.5"),
                introduced("1.0"),
                fixed("1.2"),
                introduced("1.5"),
                lastAffected("1.6.1"));
        JsonNode rules = renovate(p).path("packageRules");
        assertEquals("maven", rules.path(0).path("versioning").asText());
        assertEquals(
                "(,1.0),[1.2,1.5),(1.6.1,2.5),(2.5,)",
                rules.path(0).path("allowedVersions").asText());
        assertEquals(
                "[1.0,1.2),[1.5,1.6.1],[2.5]",
                rules.path(1).path("matchCurrentVersion").asText());
        assertEquals(List.of("[1.0,1.2)", "[1.5,1.6.1]", "[2.5]"), dependabot(p));
    }

    @Test
    void goComparatorsWithoutTheLeadingV() throws Exception {
        var p = packages(Ecosystem.GO, List.of("v2.5.0"), introduced("v1.8.8"), fixed("v1.8.11"));
        JsonNode rules = renovate(p).path("packageRules");
        assertEquals("go", rules.path(0).path("matchDatasources").path(0).asText());
        assertFalse(rules.path(0).has("versioning"), "Go keeps the datasource's versioning");
        assertEquals(
                "<1.8.8 || >=1.8.11 <2.5.0 || >2.5.0",
                rules.path(0).path("allowedVersions").asText());
        assertEquals(
                ">=1.8.8 <1.8.11 || 2.5.0",
                rules.path(1).path("matchCurrentVersion").asText());
        // Dependabot reads a bare Go version as a caret range, so one version is written with '='
        assertEquals(List.of(">= 1.8.8, < 1.8.11", "= 2.5.0"), dependabot(p));
    }

    @Test
    void npmRangesFromTheBeginningAndToTheLastAffected() throws Exception {
        var p = packages(Ecosystem.NPM, List.of(), introduced("0"), lastAffected("1.2.3"));
        JsonNode rules = renovate(p).path("packageRules");
        assertEquals(">1.2.3", rules.path(0).path("allowedVersions").asText());
        assertEquals("<=1.2.3", rules.path(1).path("matchCurrentVersion").asText());
        assertEquals(List.of("<=1.2.3"), dependabot(p));
        var open = packages(Ecosystem.NPM, List.of(), introduced("2.0.0"));
        assertEquals(
                "<2.0.0",
                renovate(open)
                        .path("packageRules")
                        .path(0)
                        .path("allowedVersions")
                        .asText());
        assertEquals(List.of(">=2.0.0"), dependabot(open));
    }

    @Test
    void noSafeVersionDisablesTheUpdatesAndIgnoresEveryVersion() throws Exception {
        var p = packages(Ecosystem.NPM, List.of(), introduced("0"));
        JsonNode rules = renovate(p).path("packageRules");
        assertEquals(1, rules.size(), "no note rule: no update could leave the window");
        assertFalse(rules.path(0).path("enabled").asBoolean(true));
        assertFalse(rules.path(0).has("allowedVersions"));
        assertEquals(List.of(), dependabot(p), "an ignore condition without versions ignores every version");
    }

    @Test
    void notesCarryTheAdvisoryAndTheLabelButNoTemplate() throws Exception {
        Advisory a = new Advisory(
                "URK-7",
                List.of(),
                "breaks {{depName}} on\nclose",
                "d",
                List.of(Advisories.affected(Ecosystem.NPM, "pkg", List.of(), introduced("1.0.0"), fixed("1.0.1"))),
                List.of(),
                Advisories.of("x", Severity.MEDIUM, Ecosystem.NPM, "pkg", List.of())
                        .facts(),
                "m",
                "p",
                "s",
                Origin.CURATED);
        var p = GuardedPackages.of(Advisories.kb(List.of(a)), List.of(a), GuardSelection.all());
        JsonNode note = renovate(p).path("packageRules").path(1);
        String text = note.path("prBodyNotes").path(0).asText();
        assertTrue(text.contains("URK-7 (medium, crash): breaks { {depName}} on close"), text);
        assertEquals(RenovatePresetWriter.LABEL, note.path("addLabels").path(0).asText());
    }
}
