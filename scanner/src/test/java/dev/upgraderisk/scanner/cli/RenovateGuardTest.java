package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Renovate preset judged by Renovate itself (the npm package, see {@link RenovateInstall}): its JSON schema, its
 * config validator, and its own package rules and version filter run over real release lists
 * ({@code guard/renovate-lookup.js}).
 */
class RenovateGuardTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path modules;
    private static KnowledgeBase kb;

    @TempDir
    Path tmp;

    @BeforeAll
    static void renovate() throws Exception {
        modules = RenovateInstall.modules();
        kb = GuardVersions.bundled();
    }

    private static String export(String... extra) {
        List<String> args = new ArrayList<>(List.of("kb", "export", "--format", "renovate", "--kb", "bundled"));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    @Test
    void theWholeKnowledgeBaseValidatesAgainstRenovatesSchema() throws Exception {
        JsonNode schemaNode =
                JSON.readTree(modules.resolve("renovate/renovate-schema.json").toFile());
        var schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schemaNode))
                .getSchema(schemaNode);
        JsonNode preset = JSON.readTree(export());
        assertTrue(
                preset.path("packageRules").size() > 1000,
                "every curated package: " + preset.path("packageRules").size());
        assertEquals(Set.of(), schema.validate(preset));
        // the schema does check these fields: a rule whose allowedVersions is not a string fails it
        ((ObjectNode) preset.path("packageRules").get(0)).put("allowedVersions", 5);
        assertNotEquals(Set.of(), schema.validate(preset));
    }

    @Test
    void renovatesConfigValidatorAcceptsThePreset() throws Exception {
        Path preset = Files.writeString(tmp.resolve("preset.json"), export());
        Path validator = modules.resolve("renovate/dist/config-validator.js");
        RenovateInstall.Run run = RenovateInstall.node(modules, "info", validator.toString(), preset.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("Config validated successfully"), run.out());
        // and it does judge: a misspelt option is refused
        Path broken = Files.writeString(
                tmp.resolve("broken.json"),
                Files.readString(preset).replaceFirst("\"allowedVersions\"", "\"allowedVersion\""));
        RenovateInstall.Run refused = RenovateInstall.node(modules, "info", validator.toString(), broken.toString());
        assertNotEquals(0, refused.exit(), refused.out());
        assertTrue(refused.out().contains("allowedVersion"), refused.out());
    }

    /** Renovate's verdicts for cases of {datasource, packageName, currentValue, releases, versioning?}. */
    private List<JsonNode> lookup(JsonNode preset, ArrayNode cases) throws Exception {
        ObjectNode input = JSON.createObjectNode();
        input.set("preset", preset);
        input.set("cases", cases);
        Path file = tmp.resolve("input-" + System.nanoTime() + ".json");
        JSON.writeValue(file.toFile(), input);
        RenovateInstall.Run run = RenovateInstall.node(
                modules, "fatal", Fixtures.resource("guard/renovate-lookup.js").toString(), file.toString());
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(run.out()).forEach(out::add);
        assertEquals(cases.size(), out.size());
        return out;
    }

    private static ObjectNode lookupCase(Ecosystem e, String name, String current, List<String> releases) {
        ObjectNode c = JSON.createObjectNode()
                .put("datasource", e == Ecosystem.MAVEN ? "maven" : e == Ecosystem.GO ? "go" : "npm")
                .put("packageName", name)
                .put("currentValue", current);
        releases.forEach(c.putArray("releases")::add);
        return c;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void renovateProposesNoAffectedReleaseAndHoldsBackNoOther() throws Exception {
        List<GuardVersions.VersionList> lists = GuardVersions.recorded();
        ArrayNode cases = JSON.createArrayNode();
        List<List<String>> expected = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        JsonNode preset = JSON.readTree(export());
        for (GuardVersions.VersionList list : lists) {
            var scheme = list.ecosystem().versionScheme();
            String lowest = list.versions().stream()
                    .min(Comparator.comparing(scheme::parseValid))
                    .orElseThrow();
            List<String> proposable = list.versions().stream()
                    .filter(v -> scheme.compare(v, lowest) > 0)
                    .filter(v -> !GuardVersions.affected(kb, list.ecosystem(), list.name(), v))
                    .filter(v -> list.ecosystem() == Ecosystem.MAVEN || !GuardVersions.preRelease(list.ecosystem(), v))
                    .sorted(Comparator.comparing(scheme::parseValid))
                    .toList();
            cases.add(lookupCase(list.ecosystem(), list.name(), lowest, list.versions()));
            expected.add(proposable);
            labels.add(list.name() + " from " + lowest);
            if (list.ecosystem() == Ecosystem.MAVEN) {
                // a Gradle build: Renovate's gradle manager reads versions with its gradle versioning
                cases.add(lookupCase(list.ecosystem(), list.name(), lowest, list.versions())
                        .put("versioning", "gradle"));
                expected.add(proposable);
                labels.add(list.name() + " from " + lowest + " (gradle)");
            }
        }
        List<JsonNode> verdicts = lookup(preset, cases);
        int proposed = 0;
        for (int i = 0; i < verdicts.size(); i++) {
            JsonNode v = verdicts.get(i);
            assertTrue(v.path("error").isMissingNode(), labels.get(i) + ": " + v);
            List<String> allowed = texts(v.path("allowed"));
            assertEquals(new TreeSet<>(expected.get(i)), new TreeSet<>(allowed), labels.get(i));
            proposed += allowed.size();
        }
        assertTrue(proposed > 1000, proposed + " proposals checked");
    }

    @Test
    void aPullRequestOffAnAffectedVersionNamesExactlyItsAdvisories() throws Exception {
        JsonNode preset = JSON.readTree(export());
        ArrayNode cases = JSON.createArrayNode();
        List<Set<String>> expected = new ArrayList<>();
        for (GuardVersions.VersionList list : GuardVersions.recorded()) {
            for (String v : list.versions()) {
                cases.add(lookupCase(list.ecosystem(), list.name(), v, List.of()));
                expected.add(kb
                        .match(
                                new PackageName(list.ecosystem(), list.name()),
                                list.ecosystem().versionScheme().parseValid(v))
                        .stream()
                        .map(KnowledgeBaseMatch::advisory)
                        .map(a -> a.id())
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        List<JsonNode> verdicts = lookup(preset, cases);
        int noted = 0;
        for (int i = 0; i < verdicts.size(); i++) {
            Set<String> ids = new TreeSet<>();
            for (String note : texts(verdicts.get(i).path("notes")))
                ids.add(note.replaceAll(".* affected by (URK-[0-9-]+) .*", "$1"));
            JsonNode c = cases.get(i);
            Ecosystem e = switch (c.path("datasource").asText()) {
                case "maven" -> Ecosystem.MAVEN;
                case "go" -> Ecosystem.GO;
                default -> Ecosystem.NPM;
            };
            if (e != Ecosystem.MAVEN
                    && GuardVersions.preRelease(e, c.path("currentValue").asText())) {
                // npm's ranges (Renovate's for npm and Go) hold no pre-release of another version triple: a current
                // pre-release may miss its note, but never gets another advisory's
                assertTrue(expected.get(i).containsAll(ids), c.toString());
                continue;
            }
            assertEquals(expected.get(i), ids, c.toString());
            Set<String> labels = new TreeSet<>(texts(verdicts.get(i).path("labels")));
            assertEquals(
                    ids.isEmpty() ? Set.of() : Set.of("known-regression"),
                    labels,
                    cases.get(i).toString());
            noted += ids.isEmpty() ? 0 : 1;
        }
        assertTrue(noted > 50, noted + " affected current versions");
    }

    @Test
    void aPresetForTheWebsocketCorpusProjectKeepsRenovateOffTheBadReleases() throws Exception {
        Path project = SharedCorpus.resolve("corpus/go/tailscale-v1.70.0");
        JsonNode preset = JSON.readTree(export("--for", project.toString()));
        List<String> releases = GuardVersions.recorded().stream()
                .filter(l -> l.name().equals("nhooyr.io/websocket"))
                .findFirst()
                .orElseThrow()
                .versions();
        ArrayNode cases = JSON.createArrayNode();
        cases.add(lookupCase(Ecosystem.GO, "nhooyr.io/websocket", "v1.8.10", releases)); // what the project pins
        cases.add(lookupCase(Ecosystem.GO, "nhooyr.io/websocket", "v1.8.7", releases));
        List<JsonNode> verdicts = lookup(preset, cases);
        assertEquals(List.of("v1.8.11"), texts(verdicts.get(0).path("allowed")));
        assertEquals(List.of("v1.8.11"), texts(verdicts.get(1).path("allowed")), "v1.8.8 to v1.8.10 are not proposed");
        assertTrue(texts(verdicts.get(0).path("notes")).stream().anyMatch(n -> n.contains("URK-2026-0001")));
        assertTrue(texts(verdicts.get(0).path("labels")).contains("known-regression"));
        assertEquals(List.of(), texts(verdicts.get(1).path("notes")), "1.8.7 is not affected");
    }
}
