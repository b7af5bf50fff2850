package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over real release lists: the Renovate preset lets through exactly the versions the knowledge base does not know to
 * be affected (Go and npm: stable ones; npm's ranges leave pre-releases of other version triples out), and the
 * Dependabot conditions ignore exactly the affected ones, pre-releases included.
 */
class BotGuardVersionListTest {
    private static KnowledgeBase kb;
    private static List<GuardVersions.VersionList> lists;

    @BeforeAll
    static void load() throws Exception {
        kb = GuardVersions.bundled();
        lists = GuardVersions.recorded();
    }

    private static String export(String format, GuardVersions.VersionList list) {
        CliRun run = CliRun.of("kb", "export", "--format", format, "--kb", "bundled", "--package", list.name());
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    @Test
    void renovateExcludesExactlyTheAffectedReleases() throws Exception {
        List<String> wrong = new ArrayList<>();
        int affected = 0;
        int checked = 0;
        for (GuardVersions.VersionList list : lists) {
            JsonNode rule = GuardVersions.guardRule(GuardVersions.json(export("renovate", list)), list.name());
            String range = rule.path("allowedVersions").asText();
            for (String v : list.versions()) {
                boolean bad = GuardVersions.affected(kb, list.ecosystem(), list.name(), v);
                boolean expected =
                        !bad && (list.ecosystem() == Ecosystem.MAVEN || !GuardVersions.preRelease(list.ecosystem(), v));
                if (GuardVersions.renovateAllows(list.ecosystem(), range, v) != expected) {
                    wrong.add(list.name() + " " + v + (bad ? " (affected)" : " (not affected)") + " vs " + range);
                }
                affected += bad ? 1 : 0;
                checked++;
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 1500 && affected > 50, checked + " versions, " + affected + " affected");
    }

    @Test
    void dependabotIgnoresExactlyTheAffectedReleases() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (GuardVersions.VersionList list : lists) {
            List<String> ignored =
                    GuardVersions.ignoredVersions(GuardVersions.yaml(export("dependabot", list)), list.name());
            assertTrue(!ignored.isEmpty(), list.name());
            for (String v : list.versions()) {
                boolean bad = GuardVersions.affected(kb, list.ecosystem(), list.name(), v);
                if (GuardVersions.dependabotIgnores(list.ecosystem(), ignored, v) != bad) {
                    wrong.add(list.name() + " " + v + (bad ? " (affected)" : " (not affected)") + " vs " + ignored);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theWebsocketWindowOnItsRealTags() throws Exception {
        GuardVersions.VersionList ws = lists.stream()
                .filter(l -> l.name().equals("nhooyr.io/websocket"))
                .findFirst()
                .orElseThrow();
        String range = GuardVersions.guardRule(GuardVersions.json(export("renovate", ws)), ws.name())
                .path("allowedVersions")
                .asText();
        for (String v : List.of("v1.8.8", "v1.8.9", "v1.8.10")) {
            assertTrue(ws.versions().contains(v));
            assertTrue(!GuardVersions.renovateAllows(Ecosystem.GO, range, v), v + " excluded by " + range);
        }
        assertTrue(GuardVersions.renovateAllows(Ecosystem.GO, range, "v1.8.11"), "v1.8.11 allowed by " + range);
        assertTrue(GuardVersions.renovateAllows(Ecosystem.GO, range, "v1.8.7"), "v1.8.7 allowed by " + range);
    }
}
