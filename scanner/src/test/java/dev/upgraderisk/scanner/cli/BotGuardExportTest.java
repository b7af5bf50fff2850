package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb export --format dependabot|renovate} through the command line: the Dependabot file against the published
 * dependabot-2.0 schema, and {@code --for} on real projects (the Go corpus) and on a Maven fixture project.
 */
class BotGuardExportTest {
    @TempDir
    Path tmp;

    private static JsonSchema dependabotSchema() throws Exception {
        JsonNode schema = new ObjectMapper()
                .readTree(Fixtures.resource("guard/schemas/dependabot-2.0.json").toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    }

    private static CliRun export(String... args) {
        List<String> all = new ArrayList<>(List.of("kb", "export"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void theWholeKnowledgeBaseAsDependabotConditionsValidates() throws Exception {
        JsonNode config = GuardVersions.yaml(
                export("--format", "dependabot", "--kb", "bundled").out());
        assertEquals(Set.of(), dependabotSchema().validate(config));
        Set<String> ecosystems = new TreeSet<>();
        config.path("updates")
                .forEach(u -> ecosystems.add(u.path("package-ecosystem").asText()));
        assertEquals(Set.of("gomod", "maven", "npm"), ecosystems);
        // the schema does check: an ignore condition with a key Dependabot does not know fails it
        ((ObjectNode) config.path("updates").get(0).path("ignore").get(0)).put("reason", "x");
        assertTrue(!dependabotSchema().validate(config).isEmpty());
    }

    @Test
    void filtersNarrowTheExport() throws Exception {
        JsonNode high = GuardVersions.json(
                export("--format", "renovate", "--kb", "bundled", "--ecosystem", "go", "--severity", "critical")
                        .out());
        assertTrue(high.path("packageRules").size() > 0);
        for (JsonNode rule : high.path("packageRules")) {
            assertEquals("go", rule.path("matchDatasources").get(0).asText());
            if (!rule.has("allowedVersions"))
                assertTrue(rule.path("description").asText().contains("(critical,"), rule.toString());
        }
    }

    @Test
    void forTheWebsocketCorpusProjectOnlyItsOwnPackages() throws Exception {
        Path project = SharedCorpus.resolve("corpus/go/tailscale-v1.70.0");
        Set<String> requires = new TreeSet<>();
        for (String line : Files.readAllLines(project.resolve("expected-requires.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) requires.add(line.split("\t")[0]);
        }
        JsonNode preset =
                GuardVersions.json(export("--format", "renovate", "--kb", "bundled", "--for", project.toString())
                        .out());
        for (JsonNode rule : preset.path("packageRules")) {
            List<String> names = new ArrayList<>();
            rule.path("matchPackageNames").forEach(n -> names.add(n.asText()));
            assertTrue(names.stream().anyMatch(requires::contains), "a package the project requires: " + names);
        }
        String range = GuardVersions.guardRule(preset, "nhooyr.io/websocket")
                .path("allowedVersions")
                .asText();
        for (String v : List.of("v1.8.8", "v1.8.9", "v1.8.10")) {
            assertTrue(!GuardVersions.renovateAllows(Ecosystem.GO, range, v), v + " vs " + range);
        }
        assertTrue(GuardVersions.renovateAllows(Ecosystem.GO, range, "v1.8.11"), range);

        JsonNode config =
                GuardVersions.yaml(export("--format", "dependabot", "--kb", "bundled", "--for", project.toString())
                        .out());
        assertEquals(Set.of(), dependabotSchema().validate(config));
        assertEquals(1, config.path("updates").size());
        assertEquals(
                "gomod", config.path("updates").get(0).path("package-ecosystem").asText());
        assertEquals("/", config.path("updates").get(0).path("directory").asText());
        assertTrue(
                GuardVersions.ignoredVersions(config, "nhooyr.io/websocket").contains(">= 1.8.8, < 1.8.11"),
                config.toString());
    }

    @Test
    void oldAndNewModulePathSideBySideShareOneRule() throws Exception {
        Path project = SharedCorpus.resolve("corpus/go/gotd-td");
        JsonNode preset =
                GuardVersions.json(export("--format", "renovate", "--kb", "bundled", "--for", project.toString())
                        .out());
        JsonNode rule = GuardVersions.guardRule(preset, "github.com/coder/websocket");
        assertEquals(rule, GuardVersions.guardRule(preset, "nhooyr.io/websocket"));
    }

    @Test
    void forAMavenProjectResolvedAsScanResolvesIt() throws Exception {
        Path out = tmp.resolve("github/dependabot.yml");
        CliRun run = export(
                "--format",
                "dependabot",
                "--kb",
                Fixtures.knowledgeBase("fixture").toString(),
                "--for",
                Fixtures.project("affected").toString(),
                "--settings",
                Fixtures.settings(tmp).toString(),
                "--output",
                out.toString());
        assertTrue(run.out().contains("for 1 packages"), run.out());
        JsonNode config = GuardVersions.yaml(Files.readString(out));
        assertEquals(Set.of(), dependabotSchema().validate(config));
        assertEquals(
                "maven", config.path("updates").get(0).path("package-ecosystem").asText());
        // URK-2026-9001 (2.0 up to 2.1) and URK-2026-9002 (2.1 alone) join into one window
        assertEquals(List.of("[2.0,2.1]"), GuardVersions.ignoredVersions(config, "org.fixture:lib-c"));
        // a project whose wildcard exclusion keeps lib-c out of its graph gets no rule
        CliRun none = export(
                "--format",
                "renovate",
                "--kb",
                Fixtures.knowledgeBase("fixture").toString(),
                "--for",
                Fixtures.project("wildcard-exclusion").toString(),
                "--settings",
                Fixtures.settings(tmp).toString());
        assertEquals(0, GuardVersions.json(none.out()).path("packageRules").size(), none.out());
    }
}
