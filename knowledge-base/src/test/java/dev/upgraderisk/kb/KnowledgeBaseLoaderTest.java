package dev.upgraderisk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader validates every entry and names file and field in each problem. Each bad scenario starts from the
 * valid test entry and breaks one thing.
 */
class KnowledgeBaseLoaderTest {
    @TempDir
    Path tmp;

    private static Path valid() throws Exception {
        return Path.of(
                KnowledgeBaseLoaderTest.class.getResource("/loader/valid").toURI());
    }

    private static String validEntry() throws Exception {
        return Files.readString(valid().resolve("maven/URK-2026-0001.yaml"));
    }

    private Path kbWith(String relative, String content) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return tmp;
    }

    private List<EntryProblem> problemsOf(UnaryOperator<String> breakIt) throws Exception {
        kbWith("maven/URK-2026-0001.yaml", breakIt.apply(validEntry()));
        return assertThrows(KnowledgeBaseException.class, () -> new KnowledgeBaseLoader().load(tmp))
                .problems();
    }

    private static void assertProblem(List<EntryProblem> problems, String expected) {
        assertTrue(
                problems.stream().anyMatch(p -> p.toString().contains(expected)),
                "expected a problem containing <" + expected + "> in " + problems);
    }

    @Test
    void validFolderLoadsWithRenamesAndAliases() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().load(valid());
        assertEquals(2, kb.advisories().size());
        assertEquals("directory", kb.origin().kind());
        assertTrue(kb.origin().revision().startsWith("sha256:"));
        var go = Ecosystem.GO.versionScheme();
        // the entry names example.org/old; it matches under its alias and under the name it was renamed to
        for (String name : List.of("example.org/old", "example.org/alias", "example.org/new")) {
            var matches = kb.match(new PackageName(Ecosystem.GO, name), go.parseValid("v1.2.0"));
            assertEquals(1, matches.size(), name);
        }
        var old = kb.match(new PackageName(Ecosystem.GO, "example.org/old"), go.parseValid("v1.2.0"))
                .get(0);
        assertEquals("example.org/new", old.rename().orElseThrow().to().name());
        assertTrue(kb.match(new PackageName(Ecosystem.GO, "example.org/old"), go.parseValid("v1.2.1"))
                .isEmpty());
    }

    @Test
    void emptyFolderIsAnEmptyKnowledgeBase() throws Exception {
        assertEquals(0, new KnowledgeBaseLoader().load(tmp).advisories().size());
    }

    @Test
    void notYaml() throws Exception {
        assertProblem(problemsOf(s -> "id: [unclosed\n" + s), "maven/URK-2026-0001.yaml: not valid YAML: line ");
    }

    @Test
    void notAMapping() throws Exception {
        assertProblem(problemsOf(s -> "- just\n- a list\n"), "expected one entry (a YAML mapping)");
    }

    @Test
    void fixedBelowIntroduced() throws Exception {
        assertProblem(
                problemsOf(s -> s.replace("fixed: \"2.1\"", "fixed: \"1.9\"")),
                "maven/URK-2026-0001.yaml: affected[0].ranges[0].events[1]: 'fixed: 1.9' is not above 'introduced: 2.0'");
    }

    @Test
    void unquotedVersionsAreRefusedBecauseYamlReadsNumbers() throws Exception {
        // unquoted, 4.10 would be read as the number 4.1
        assertProblem(
                problemsOf(s -> s.replace("fixed: \"2.1\"", "fixed: 4.10")),
                "affected[0].ranges[0].events[1].fixed: write versions as quoted text (\"4.1\")");
        assertProblem(
                problemsOf(s -> s.replace("fixed: \"2.1\"", "fixed:")),
                "affected[0].ranges[0].events[1].fixed: required: a version");
    }

    @Test
    void overlappingOrUnorderedStretchesAreRefused() throws Exception {
        assertProblem(
                problemsOf(s -> s.replace(
                        "          - fixed: \"2.1\"\n",
                        "          - fixed: \"2.1\"\n          - introduced: \"1.0\"\n          - fixed: \"3.0\"\n")),
                "events[2]: 'introduced: 1.0' is not above 'fixed: 2.1'");
        assertProblem(
                problemsOf(s -> s.replace(
                        "          - fixed: \"2.1\"\n", "          - fixed: \"2.1\"\n          - fixed: \"3.0\"\n")),
                "events[2]: events alternate");
    }

    @Test
    void invalidVersion() throws Exception {
        assertProblem(
                problemsOf(s -> s.replace("introduced: \"2.0\"", "introduced: \"2.0 beta\"")),
                "affected[0].ranges[0].events[0].introduced: invalid version '2.0 beta'");
    }

    @Test
    void misspeltFieldGetsASuggestion() throws Exception {
        assertProblem(
                problemsOf(s -> s.replace("summary:", "sumary:")), "sumary: unknown field (did you mean 'summary'?)");
        assertProblem(
                problemsOf(s -> s.replace("  severity:", "  severty:")),
                "database_specific.severty: unknown field (did you mean 'severity'?)");
    }

    @Test
    void missingFixReference() throws Exception {
        assertProblem(problemsOf(s -> s.replace("type: FIX", "type: WEB")), "references: no FIX reference");
    }

    @Test
    void theFixCannotStandAsItsOwnReport() throws Exception {
        assertProblem(
                problemsOf(s -> s.replace("https://example.org/lib/issues/1", "https://example.org/lib/pull/2")),
                "references: the REPORT is the FIX itself");
    }

    @Test
    void aPullRequestOrCommitCannotStandAsTheReport() throws Exception {
        assertProblem(
                problemsOf(s -> s.replace("https://example.org/lib/issues/1", "https://example.org/lib/pull/7")),
                "references: every REPORT is a pull request or commit");
        assertProblem(
                problemsOf(s -> s.replace("https://example.org/lib/issues/1", "https://example.org/lib/commit/abc123")),
                "references: every REPORT is a pull request or commit");
    }

    @Test
    void malformedUrl() throws Exception {
        assertProblem(
                problemsOf(s -> s.replace("https://example.org/lib/pull/2", "not a url")),
                "references[1].url: not an http(s) URL");
    }

    @Test
    void unknownKindAndSeverity() throws Exception {
        var problems =
                problemsOf(s -> s.replace("kind: leak", "kind: leek").replace("severity: high", "severity: huge"));
        assertProblem(problems, "database_specific.kind: unknown kind 'leek' (did you mean 'leak'?)");
        assertProblem(problems, "database_specific.severity: unknown severity 'huge'");
    }

    @Test
    void highConfidenceCannotCarryInferences() throws Exception {
        var problems = problemsOf(s -> s.replace(
                "confidence: high", "confidence: high\n  inferred: [\"the fixed version, from the tag of the fix\"]"));
        assertProblem(problems, "database_specific.confidence: 'high' says every fact was read upstream");
        kbWith(
                "maven/URK-2026-0001.yaml",
                validEntry()
                        .replace(
                                "confidence: high",
                                "confidence: medium\n  inferred: [\"the fixed version, from the tag of the fix\"]"));
        assertEquals(1, new KnowledgeBaseLoader().load(tmp).advisories().size());
    }

    @Test
    void idMustMatchTheFileName() throws Exception {
        assertProblem(
                problemsOf(s -> s.replace("id: URK-2026-0001", "id: URK-2026-0009")),
                "id: 'URK-2026-0009' differs from the file name 'URK-2026-0001'");
    }

    @Test
    void duplicateIdsAreRefused() throws Exception {
        String entry = validEntry();
        kbWith("maven/URK-2026-0001.yaml", entry);
        kbWith("maven/more/URK-2026-0001.yaml", entry);
        var problems = assertThrows(KnowledgeBaseException.class, () -> new KnowledgeBaseLoader().load(tmp))
                .problems();
        assertProblem(problems, "'URK-2026-0001' is already used by maven/URK-2026-0001.yaml");
    }

    @Test
    void entryInTheWrongEcosystemFolder() throws Exception {
        kbWith("go/URK-2026-0001.yaml", validEntry());
        var problems = assertThrows(KnowledgeBaseException.class, () -> new KnowledgeBaseLoader().load(tmp))
                .problems();
        assertProblem(problems, "must live in the folder maven/");
    }

    @Test
    void wrongRangeTypeForTheEcosystem() throws Exception {
        assertProblem(
                problemsOf(s -> s.replace("type: ECOSYSTEM", "type: SEMVER")),
                "affected[0].ranges[0].type: ranges of Maven packages are ECOSYSTEM");
    }

    @Test
    void problemsCarryThePartialKnowledgeBase() throws Exception {
        kbWith("maven/URK-2026-0001.yaml", validEntry());
        kbWith(
                "maven/URK-2026-0003.yaml",
                validEntry().replace("URK-2026-0001", "URK-2026-0003").replace("kind: leak", ""));
        var e = assertThrows(KnowledgeBaseException.class, () -> new KnowledgeBaseLoader().load(tmp));
        assertEquals(
                List.of("URK-2026-0001"),
                e.partial().advisories().stream().map(Advisory::id).toList());
        assertProblem(e.problems(), "maven/URK-2026-0003.yaml: database_specific.kind: required");
    }
}
