package dev.upgraderisk.kb.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real git repository made with JGit: v1.0.0, then the commit that causes a regression (tagged v1.1.0 together
 * with an unrelated change), then the fix, a squash-merged pull request #12 (v1.2.0), then v1.3.0.
 */
class TagVerifierTest {
    @TempDir
    Path tmp;

    private Path clones;
    private String cause;
    private String fix;

    @BeforeEach
    void repository() throws Exception {
        clones = tmp.resolve("clones");
        Path dir = clones.resolve("example+lib");
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, dir, "start");
            git.tag().setName("v1.0.0").call();
            cause = commit(git, dir, "Rework the close path").getName();
            commit(git, dir, "Unrelated change");
            git.tag().setName("v1.1.0").call();
            fix = commit(git, dir, "Close connections once (#12)").getName();
            git.tag()
                    .setName("v1.2.0")
                    .setAnnotated(true)
                    .setMessage("release 1.2.0")
                    .call();
            commit(git, dir, "More work");
            git.tag().setName("v1.3.0").call();
        }
    }

    private static RevCommit commit(Git git, Path dir, String message) throws Exception {
        Files.writeString(dir.resolve("file.txt"), message);
        git.add().addFilepattern("file.txt").call();
        return git.commit()
                .setMessage(message)
                .setAuthor("t", "t@example.org")
                .setCommitter("t", "t@example.org")
                .call();
    }

    private List<String> problems(String introduced, String fixed, String... references) throws Exception {
        Path kbDir = tmp.resolve("kb-" + introduced + "-" + fixed + "-" + references.length);
        Files.createDirectories(kbDir.resolve("go"));
        StringBuilder refs =
                new StringBuilder("  - { type: REPORT, url: \"https://github.com/example/lib/issues/11\" }\n");
        for (String r : references) refs.append("  - ").append(r).append('\n');
        Files.writeString(kbDir.resolve("go/URK-2026-9100.yaml"), """
                id: URK-2026-9100
                modified: "2026-12-02T00:00:00Z"
                published: "2026-12-02T00:00:00Z"
                aliases: []
                summary: "Test entry"
                details: "A made-up entry for this test."
                affected:
                  - package: { ecosystem: Go, name: example.org/lib }
                    ranges:
                      - type: SEMVER
                        events:
                          - introduced: "%s"
                          - fixed: "%s"
                references:
                %sdatabase_specific:
                  kind: leak
                  severity: high
                  trigger: "t"
                  symptom: "s"
                  confidence: high
                  inferred: []
                """.formatted(introduced, fixed, refs));
        KnowledgeBase kb = new KnowledgeBaseLoader().load(kbDir);
        return new TagVerifier(clones, Map.of()).verify(kb).problems();
    }

    private String fixPr() {
        return "{ type: FIX, url: \"https://github.com/example/lib/pull/12\" }";
    }

    private String fixCommit() {
        return "{ type: FIX, url: \"https://github.com/example/lib/commit/" + fix + "\" }";
    }

    private String causeCommit() {
        return "{ type: INTRODUCED, url: \"https://github.com/example/lib/commit/" + cause.substring(0, 10) + "\" }";
    }

    @Test
    void aRangeThatAgreesWithTheTagsHasNoProblem() throws Exception {
        assertEquals(List.of(), problems("1.1.0", "1.2.0", fixPr(), causeCommit()));
        assertEquals(List.of(), problems("1.1.0", "1.2.0", fixCommit()));
    }

    @Test
    void aFixedVersionBeforeTheFixIsAProblem() throws Exception {
        List<String> p = problems("1.0.0", "1.1.0", fixCommit());
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).endsWith(".fixed: no FIX change of example/lib is in the tag of 1.1.0"), p.get(0));
    }

    @Test
    void aRangeThatEndsAfterTheFixIsAProblem() throws Exception {
        List<String> p = problems("1.1.0", "1.3.0", fixCommit());
        assertEquals(1, p.size(), p.toString());
        assertTrue(
                p.get(0).endsWith(".fixed: the FIX change is already in 1.2.0, which the range calls affected"),
                p.get(0));
    }

    @Test
    void anIntroducedVersionWithoutTheCauseOrAfterItIsAProblem() throws Exception {
        List<String> early = problems("1.0.0", "1.2.0", fixCommit(), causeCommit());
        assertTrue(
                early.stream().anyMatch(l -> l.endsWith(".introduced: no INTRODUCED change is in the tag of 1.0.0")),
                early.toString());
        List<String> late = problems("1.2.0", "1.3.0", causeCommit(), fixPr());
        assertTrue(
                late.stream()
                        .anyMatch(l -> l.endsWith(".introduced: the INTRODUCED change is already in 1.1.0,"
                                + " before the range starts")),
                late.toString());
    }

    @Test
    void unknownChangesAndUntaggedVersionsAreProblems() throws Exception {
        List<String> p = problems("1.1.0", "1.2.0", "{ type: FIX, url: \"https://github.com/example/lib/pull/99\" }");
        assertTrue(p.get(0).contains("references.FIX: example/lib#99 is not in the clone's history"), p.toString());
        List<String> untagged = problems("1.1.0", "1.2.5", fixCommit());
        assertTrue(untagged.get(0).contains(".fixed: no tag of example/lib names 1.2.5"), untagged.toString());
    }

    /** A pull request merged without its number in the subject is fine when its commit is cited beside it. */
    @Test
    void anUnnamedPullRequestBesideItsCommitIsNoProblem() throws Exception {
        assertEquals(
                List.of(),
                problems(
                        "1.1.0",
                        "1.2.0",
                        fixCommit(),
                        "{ type: FIX, url: \"https://github.com/example/lib/pull/98\" }"));
    }

    @Test
    void anEntryWhoseRepositoryIsNotClonedIsSkippedNotVerified() throws Exception {
        Path kbDir = tmp.resolve("other");
        Files.createDirectories(kbDir.resolve("go"));
        problems("1.1.0", "1.2.0", "{ type: FIX, url: \"https://github.com/elsewhere/lib/commit/" + fix + "\" }");
        KnowledgeBase kb = new KnowledgeBaseLoader().load(tmp.resolve("kb-1.1.0-1.2.0-1"));
        TagVerification v = new TagVerifier(clones, Map.of()).verify(kb);
        assertEquals(List.of(), v.verified());
        assertEquals(1, v.skipped().size());
    }

    @Test
    void tagPatternsMapVersionsBothWays() {
        TagPatterns p = new TagPatterns(Map.of("pgjdbc/pgjdbc", List.of("REL{version}")));
        assertEquals(
                "REL42.5.3",
                p.candidates("pgjdbc/pgjdbc", "postgresql", "42.5.3").get(0));
        assertEquals(
                "42.5.3", p.version("pgjdbc/pgjdbc", "postgresql", "REL42.5.3").orElseThrow());
        assertEquals(
                "2.15.1",
                p.version("FasterXML/jackson-databind", "jackson-databind", "jackson-databind-2.15.1")
                        .orElseThrow());
        assertTrue(TagVerifier.bundledTagPatterns().containsKey("pgjdbc/pgjdbc"));
    }
}
