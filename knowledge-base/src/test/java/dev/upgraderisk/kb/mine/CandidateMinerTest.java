package dev.upgraderisk.kb.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Ecosystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository made with JGit, with each kind of lead at a known release, and ordinary commits that are not leads. */
class CandidateMinerTest {
    @TempDir
    Path tmp;

    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    private static void commit(Git git, Path dir, String file, String text, String message, int day) throws Exception {
        Files.writeString(dir.resolve(file), text);
        git.add().addFilepattern(file).call();
        PersonIdent who = new PersonIdent(
                "t", "t@example.org", Date.from(T0.plusSeconds(day * 86_400L)), TimeZone.getTimeZone("UTC"));
        git.commit()
                .setMessage(message)
                .setAuthor(who)
                .setCommitter(who)
                .setSign(false)
                .call();
    }

    @Test
    void findsEachKindOfLeadAtItsFirstRelease() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, dir, "a.txt", "1", "Start", 0);
            git.tag().setName("v1.0.0").call();
            commit(git, dir, "a.txt", "2", "Rework parsing (#10)", 10);
            commit(git, dir, "a.txt", "3", "Add docs", 11);
            git.tag().setName("v1.1.0").call();
            commit(git, dir, "a.txt", "4", "Fix empty header, a regression introduced by #10 (#12)", 12);
            git.tag().setName("v1.1.1").call(); // one day after 1.1.0: a quick patch
            commit(git, dir, "a.txt", "5", "Tidy", 40);
            commit(git, dir, "a.txt", "6", "Revert \"Tidy\"", 41);
            git.tag().setName("v1.2.0").call();
            commit(
                    git,
                    dir,
                    "CHANGELOG.md",
                    "## 1.2.1\n- Restore the old timeout, broken since 1.1.0 (gh-15)\n- Faster\n",
                    "Changelog",
                    60);
        }
        List<Candidate> leads =
                new CandidateMiner(Ecosystem.GO.versionScheme(), Pattern.compile("v(\\d.*)")).mine(dir, T0);
        List<String> lines = leads.stream()
                .map(c -> c.release() + " " + c.signal() + " " + c.issues() + " " + c.text())
                .toList();
        assertTrue(
                lines.contains("v1.1.1 says [#10, #12] Fix empty header, a regression introduced by #10 (#12)"),
                lines.toString());
        assertTrue(lines.contains("v1.2.0 revert [] Revert \"Tidy\""), lines.toString());
        assertTrue(
                lines.contains(" changelog [#15] - Restore the old timeout, broken since 1.1.0 (gh-15)"),
                lines.toString());
        assertEquals(
                "CHANGELOG.md:2",
                leads.stream()
                        .filter(c -> c.signal().equals("changelog"))
                        .findFirst()
                        .orElseThrow()
                        .where());
        assertFalse(
                lines.stream().anyMatch(l -> l.endsWith("Add docs") || l.endsWith(" Tidy") || l.endsWith("Faster")),
                "ordinary changes are no leads: " + lines);
    }

    @Test
    void issueNumbersInTheirUsualForms() {
        assertEquals(List.of("#123", "#45", "LANG-1234"), CandidateMiner.issues("fixes #123, see gh-45 and LANG-1234"));
    }
}
