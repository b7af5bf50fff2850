package dev.upgraderisk.scanner.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history on real git repositories made with JGit: when each finding came in and went away. */
class FindingHistoryTest {
    private static final String GO = "module example.org/chat\n\ngo 1.22\n\nrequire nhooyr.io/websocket %s\n";

    @TempDir
    Path tmp;

    private Path repo;
    private Git git;

    @BeforeEach
    void init() throws Exception {
        repo = tmp.resolve("repo");
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    }

    private String commit(String message, String... pathsAndContents) throws Exception {
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            Path p = repo.resolve(pathsAndContents[i]);
            Files.createDirectories(p.getParent());
            Files.writeString(p, pathsAndContents[i + 1]);
        }
        git.add().addFilepattern(".").call();
        return git.commit()
                .setMessage(message)
                .setAuthor("Dev One", "dev@example.org")
                .setSign(false)
                .call()
                .name();
    }

    private FindingHistory.Result history(Optional<String> since, int max, KnowledgeBaseRequest kb) throws Exception {
        ScanRequest template = ScanRequest.of(repo)
                .withMaven(Fixtures.maven(tmp))
                .withKnowledgeBase(kb)
                .withEnvironment(Map.of("GOPROXY", "off", "XDG_CACHE_HOME", tmp.toString()));
        return FindingHistory.run(repo, since, max, template);
    }

    private FindingHistory.Result history(Optional<String> since, int max) throws Exception {
        return history(
                since,
                max,
                new KnowledgeBaseRequest(Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("kb")));
    }

    private static List<String> advisories(List<FindingHistory.Current> current) {
        return current.stream()
                .map(c -> c.key().advisoryId())
                .distinct()
                .sorted()
                .toList();
    }

    @Test
    void namesTheCommitThatBroughtTheBadVersionInAndTheOneThatEndedIt() throws Exception {
        commit("start", "go.mod", GO.formatted("v1.8.7"));
        commit("docs", "README.md", "hello");
        String bad = commit("bump websocket", "go.mod", GO.formatted("v1.8.10"));
        commit("more docs", "README.md", "hello again");
        String good = commit("fix: move to the fixed release", "go.mod", GO.formatted("v1.8.11"));
        String again = commit("downgrade by mistake", "go.mod", GO.formatted("v1.8.10"));

        FindingHistory.Result r = history(Optional.empty(), 1000);
        assertEquals(6, r.commitsWalked());
        assertEquals(4, r.manifestCommits().size(), "README commits are not parsed");
        assertFalse(r.windowed());
        assertTrue(
                advisories(r.current()).contains("URK-2026-0001"), r.current().toString());
        FindingHistory.Current ws = r.current().stream()
                .filter(c -> c.key().advisoryId().equals("URK-2026-0001"))
                .findFirst()
                .orElseThrow();
        assertEquals(again, ws.introducedBy().orElseThrow().id(), "the latest unbroken run began with the downgrade");
        assertEquals("v1.8.10", ws.versionIntroduced());
        assertEquals("Dev One <dev@example.org>", ws.introducedBy().get().author());
        assertEquals("downgrade by mistake", ws.introducedBy().get().subject());

        FindingHistory.Fixed fixed = r.fixed().stream()
                .filter(f -> f.key().advisoryId().equals("URK-2026-0001"))
                .findFirst()
                .orElseThrow();
        assertEquals(bad, fixed.introducedBy().orElseThrow().id());
        assertEquals(good, fixed.fixedBy().id());
        assertEquals("v1.8.10", fixed.last().version());
        assertEquals(Optional.of("v1.8.11"), fixed.versionAfter());
    }

    @Test
    void identicalManifestsAreScannedOnce() throws Exception {
        commit("a", "go.mod", GO.formatted("v1.8.7"));
        commit("b", "go.mod", GO.formatted("v1.8.10"));
        commit("c", "go.mod", GO.formatted("v1.8.7"));
        commit("d", "go.mod", GO.formatted("v1.8.10"));
        FindingHistory.Result r = history(Optional.empty(), 1000);
        assertEquals(4, r.manifestCommits().size());
        assertEquals(2, r.statesScanned(), "two distinct go.mod contents");
        assertEquals(
                List.of("c"),
                r.fixed().stream().map(f -> f.fixedBy().subject()).distinct().toList());
        assertTrue(r.current().stream()
                .allMatch(c -> c.introducedBy().orElseThrow().subject().equals("d")));
    }

    @Test
    void aWindowSaysWhatCameInBeforeIt() throws Exception {
        commit("bad from the start", "go.mod", GO.formatted("v1.8.10"));
        commit("unrelated require", "go.mod", GO.formatted("v1.8.10") + "require golang.org/x/text v0.14.0\n");
        String last = commit("another", "go.mod", GO.formatted("v1.8.10") + "require golang.org/x/text v0.15.0\n");
        FindingHistory.Result r = history(Optional.empty(), 1);
        assertTrue(r.windowed());
        assertEquals(
                List.of(last),
                r.manifestCommits().stream().map(ManifestCommit::id).toList());
        assertFalse(r.current().isEmpty());
        assertTrue(r.current().stream().allMatch(c -> c.introducedBy().isEmpty()), "came in before the window");

        FindingHistory.Result sinceRev = history(Optional.of(last + "~1"), 1000);
        assertEquals(1, sinceRev.manifestCommits().size());
        assertTrue(sinceRev.current().stream().allMatch(c -> c.introducedBy().isEmpty()));
    }

    @Test
    void aMergedBranchIsBroughtInByItsMergeCommit() throws Exception {
        commit("start", "go.mod", GO.formatted("v1.8.7"));
        git.checkout().setCreateBranch(true).setName("feature").call();
        commit("bump on a branch", "go.mod", GO.formatted("v1.8.10"));
        git.checkout().setName("main").call();
        commit("docs on main", "README.md", "x");
        var merge = git.merge()
                .include(git.getRepository().resolve("feature"))
                .setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setMessage("Merge branch 'feature'")
                .call();
        assertTrue(merge.getMergeStatus().isSuccessful(), merge.toString());
        FindingHistory.Result r = history(Optional.empty(), 1000);
        assertFalse(r.current().isEmpty());
        assertTrue(
                r.current().stream()
                        .allMatch(c -> c.introducedBy().orElseThrow().subject().equals("Merge branch 'feature'")),
                r.current().toString());
    }

    @Test
    void aReactorChildAndANpmLockfileAndABrokenCommit() throws Exception {
        Map<String, String> files = new HashMap<>();
        String parent = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<groupId>org.example</groupId><artifactId>parent</artifactId><version>1.0</version><packaging>pom</packaging>"
                + "<modules><module>core</module></modules></project>";
        String child = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<parent><groupId>org.example</groupId><artifactId>parent</artifactId><version>1.0</version></parent>"
                + "<artifactId>core</artifactId><dependencies><dependency><groupId>org.fixture</groupId>"
                + "<artifactId>lib-c</artifactId><version>%s</version></dependency></dependencies></project>";
        commit("reactor", "pom.xml", parent, "core/pom.xml", child.formatted("1.0"));
        String bump = commit("core: lib-c 2.0", "core/pom.xml", child.formatted("2.0"));
        commit("broken pom", "core/pom.xml", "<project>");
        String fix = commit("core: lib-c 3.0", "core/pom.xml", child.formatted("3.0"));
        FindingHistory.Result r =
                history(Optional.empty(), 1000, KnowledgeBaseRequest.folder(Fixtures.knowledgeBase("fixture")));
        assertEquals(1, r.unscannable().size(), r.unscannable().toString());
        assertEquals("broken pom", r.unscannable().get(0).commit().subject());
        FindingHistory.Fixed f = r.fixed().stream()
                .filter(x -> x.key().advisoryId().equals("URK-2026-9001"))
                .findFirst()
                .orElseThrow();
        assertEquals("core/pom.xml", f.key().manifest());
        assertEquals(bump, f.introducedBy().orElseThrow().id());
        assertEquals(fix, f.fixedBy().id(), "the broken commit does not count as a fix");
    }

    @Test
    void anNpmLockfileBump() throws Exception {
        String lock = "{\"name\":\"app\",\"version\":\"1.0.0\",\"lockfileVersion\":3,\"packages\":{"
                + "\"\":{\"name\":\"app\",\"version\":\"1.0.0\",\"dependencies\":{\"semver\":\"^7.5.0\"}},"
                + "\"node_modules/semver\":{\"version\":\"%s\"}}}";
        commit("semver 7.5.2", "package-lock.json", lock.formatted("7.5.2"));
        String bad = commit("semver 7.5.3", "package-lock.json", lock.formatted("7.5.3"));
        FindingHistory.Result r = history(Optional.empty(), 1000);
        FindingHistory.Current semver = r.current().stream()
                .filter(c -> c.key().pkg().equals("semver"))
                .findFirst()
                .orElseThrow();
        assertEquals(bad, semver.introducedBy().orElseThrow().id());
        assertEquals("package-lock.json", semver.key().manifest());
    }
}
