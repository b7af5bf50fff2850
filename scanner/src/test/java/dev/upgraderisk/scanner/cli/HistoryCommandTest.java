package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upgrade-risk history} from the command line: text, JSON, and the errors a user can make. */
class HistoryCommandTest {
    @TempDir
    Path tmp;

    private Path repoWithABadBump() throws Exception {
        Path repo = tmp.resolve("repo");
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            String pom = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                    + "<groupId>org.example</groupId><artifactId>app</artifactId><version>1.0</version><dependencies>"
                    + "<dependency><groupId>org.fixture</groupId><artifactId>lib-c</artifactId><version>%s</version>"
                    + "</dependency></dependencies></project>";
            for (String[] step : new String[][] {{"1.0", "start"}, {"2.0", "Bump lib-c to 2.0 <script>"}}) {
                Files.writeString(repo.resolve("pom.xml"), pom.formatted(step[0]));
                git.add().addFilepattern(".").call();
                git.commit()
                        .setMessage(step[1])
                        .setAuthor("Dev One", "dev@example.org")
                        .setSign(false)
                        .call();
            }
        }
        return repo;
    }

    private CliRun history(Path repo, String... extra) throws Exception {
        String[] base = {
            "history",
            "--path",
            repo.toString(),
            "--settings",
            Fixtures.settings(tmp).toString(),
            "--kb",
            Fixtures.knowledgeBase("fixture").toString()
        };
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void textNamesTheCommitAuthorAndSubject() throws Exception {
        CliRun run = history(repoWithABadBump());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out().contains("2 of 2 commits changed manifests; 2 distinct manifest states scanned"), run.out());
        assertTrue(run.out().contains("pom.xml org.fixture:lib-c  URK-2026-9001  high"), run.out());
        assertTrue(
                run.out()
                        .matches("(?s).*came in: +[0-9a-f]{12} \\d{4}-\\d{2}-\\d{2} Dev One <dev@example.org>"
                                + " \"Bump lib-c to 2.0 <script>\" \\(at 2.0\\).*"),
                run.out());
    }

    @Test
    void jsonHasTheFullCommitId() throws Exception {
        Path repo = repoWithABadBump();
        String head;
        try (Git git = Git.open(repo.toFile())) {
            head = git.getRepository().resolve("HEAD").name();
        }
        CliRun run = history(repo, "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"introducedBy\" : {\n        \"id\" : \"" + head + "\""), run.out());
    }

    @Test
    void aBadDateAndAMissingRepositoryAreInputErrors() throws Exception {
        Path repo = repoWithABadBump();
        CliRun date = history(repo, "--since", "2026-13-45");
        assertEquals(2, date.exitCode());
        assertTrue(date.err().contains("--since 2026-13-45 is not a date"), date.err());
        Files.createDirectories(tmp.resolve("plain"));
        CliRun none = history(tmp.resolve("plain"));
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("not inside a git repository"), none.err());
        CliRun rev = history(repo, "--since", "no-such-branch");
        assertEquals(2, rev.exitCode());
        assertTrue(rev.err().contains("'no-such-branch' is not a commit of this repository"), rev.err());
        assertFalse(date.hasStackTrace() || none.hasStackTrace() || rev.hasStackTrace());
    }
}
