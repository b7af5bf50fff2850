package dev.upgraderisk.scanner.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.scanner.Fixtures;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diff scenarios on real git repositories made with JGit: go.mod, reactors, parents, renamed modules, merges. */
class RevisionDiffTest {
    @TempDir
    Path tmp;

    private Path repo;
    private Git git;

    @BeforeEach
    void init() throws Exception {
        repo = tmp.resolve("repo");
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    }

    private String commit(Map<String, String> files, String message) throws Exception {
        for (var e : files.entrySet()) {
            Path p = repo.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            if (e.getValue() == null) Files.delete(p);
            else Files.writeString(p, e.getValue());
        }
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        return git.commit()
                .setMessage(message)
                .setAuthor("dev", "dev@example.org")
                .setSign(false)
                .call()
                .name();
    }

    private RevisionDiff.Outcome diff(String base, String head, KnowledgeBaseRequest kb) throws Exception {
        ScanRequest template = ScanRequest.of(repo)
                .withMaven(Fixtures.maven(tmp))
                .withKnowledgeBase(kb)
                .withEnvironment(Map.of("GOPROXY", "off", "XDG_CACHE_HOME", tmp.toString()));
        return RevisionDiff.run(repo, base, Optional.of(head), template);
    }

    private RevisionDiff.Outcome diff(String base, String head) throws Exception {
        return diff(base, head, KnowledgeBaseRequest.folder(Fixtures.knowledgeBase("fixture")));
    }

    private static String pom(String artifact, String body) {
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>" + body
                + "<artifactId>" + artifact + "</artifactId></project>";
    }

    private static String dep(String a, String v) {
        return "<dependencies><dependency><groupId>org.fixture</groupId><artifactId>" + a + "</artifactId><version>" + v
                + "</version></dependency></dependencies>";
    }

    private static final String GAV = "<groupId>org.example</groupId><version>1.0</version>";

    @Test
    void aGoModBumpIntoTheBadWindow() throws Exception {
        String go = "module example.org/chat\n\ngo 1.22\n\nrequire nhooyr.io/websocket %s\n";
        String base = commit(Map.of("go.mod", go.formatted("v1.8.7")), "base");
        String head = commit(Map.of("go.mod", go.formatted("v1.8.10")), "bump");
        var kb = new KnowledgeBaseRequest(Optional.empty(), true, List.of(), Optional.empty(), tmp.resolve("kb"));
        var o = diff(base, head, kb);
        PackageChange c = o.result().changes().stream()
                .filter(x -> x.pkg().name().equals("nhooyr.io/websocket"))
                .findFirst()
                .orElseThrow();
        assertEquals(PackageChange.Kind.UPGRADED, c.kind());
        assertTrue(c.introduced().contains("URK-2026-0001"), c.introduced().toString());
        assertTrue(!o.result().introducedFailing().isEmpty());
    }

    /** The head fails at once; the base side, still resolving from its snapshot, is waited for before cleanup. */
    @Test
    void aFailingHeadWaitsForTheBaseBeforeDeletingItsSnapshot() throws Exception {
        String base = commit(Map.of("pom.xml", pom("app", GAV + dep("lib-b", "1.0"))), "base");
        String head = commit(Map.of("pom.xml", "<project><modelVersion>4.0.0</modelVersion>"), "broken pom");
        assertThrows(InputException.class, () -> diff(base, head));
        assertFalse(
                Thread.getAllStackTraces().keySet().stream()
                        .anyMatch(t -> t.getName().equals("upgrade-risk-base") && t.isAlive()),
                "the base scan still ran when the diff returned");
    }

    @Test
    void onlyAChildModuleChanges() throws Exception {
        String root = pom("root", GAV + "<packaging>pom</packaging><modules><module>core</module></modules>");
        String core = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<parent><groupId>org.example</groupId><artifactId>root</artifactId><version>1.0</version></parent>"
                + "<artifactId>core</artifactId>%s</project>";
        String base = commit(Map.of("pom.xml", root, "core/pom.xml", core.formatted(dep("lib-c", "1.5"))), "base");
        String head = commit(Map.of("core/pom.xml", core.formatted(dep("lib-c", "2.0"))), "bump core");
        var o = diff(base, head);
        assertEquals(1, o.result().changes().size(), o.result().changes().toString());
        assertEquals("core/pom.xml", o.result().changes().get(0).manifest());
        assertEquals(List.of("URK-2026-9001"), o.result().changes().get(0).introduced());
    }

    @Test
    void aParentVersionBumpChangesATransitiveVersion() throws Exception {
        // parent-root 2 manages lib-c at 2.0 instead of 1.5; lib-a brings lib-c transitively
        String p = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<parent><groupId>org.fixture</groupId><artifactId>parent-root</artifactId><version>%s</version>"
                + "</parent><groupId>org.example</groupId><artifactId>app</artifactId><version>1.0</version>"
                + dep("lib-a", "1.0") + "</project>";
        String base = commit(Map.of("pom.xml", p.formatted("1")), "base");
        String head = commit(Map.of("pom.xml", p.formatted("2")), "parent 2");
        var o = diff(base, head);
        PackageChange c = o.result().changes().stream()
                .filter(x -> x.pkg().name().equals("org.fixture:lib-c"))
                .findFirst()
                .orElseThrow();
        assertEquals(Optional.of("1.5"), c.before());
        assertEquals(Optional.of("2.0"), c.after());
        assertTrue(c.mediationOnly(), "no manifest declares lib-c: the parent's management moved it");
        assertEquals(List.of("URK-2026-9001"), c.introduced());
    }

    @Test
    void aRenamedModuleFolderBringsInNothingNew() throws Exception {
        String root = pom("root", GAV + "<packaging>pom</packaging><modules><module>%s</module></modules>");
        String core = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<parent><groupId>org.example</groupId><artifactId>root</artifactId><version>1.0</version></parent>"
                + "<artifactId>core</artifactId>" + dep("lib-c", "2.0") + "</project>";
        String base = commit(Map.of("pom.xml", root.formatted("core"), "core/pom.xml", core), "base");
        Files.delete(repo.resolve("core/pom.xml"));
        String head = commit(Map.of("pom.xml", root.formatted("lib"), "lib/pom.xml", core), "rename core to lib");
        var o = diff(base, head);
        assertTrue(
                o.result().introducedFailing().isEmpty(),
                "the same module, moved: " + o.result().changes());
        assertTrue(o.result().changes().isEmpty(), o.result().changes().toString());
    }

    @Test
    void aBranchThatIsBehindItsBaseIsNotBlamedForWhatTheBaseFixedSince() throws Exception {
        commit(Map.of("pom.xml", pom("app", GAV + dep("lib-c", "2.0"))), "affected");
        git.branchCreate().setName("feature").call();
        commit(Map.of("pom.xml", pom("app", GAV + dep("lib-c", "3.0"))), "main fixes it");
        git.checkout().setName("feature").call();
        String head = commit(Map.of("README.md", "docs only"), "feature: docs");
        ScanRequest template = ScanRequest.of(repo)
                .withMaven(Fixtures.maven(tmp))
                .withKnowledgeBase(KnowledgeBaseRequest.folder(Fixtures.knowledgeBase("fixture")));
        var sinceBranchPoint = RevisionDiff.run(repo, "main", Optional.of(head), template, false);
        assertTrue(
                sinceBranchPoint.result().changes().isEmpty(),
                sinceBranchPoint.result().changes().toString());
        var exact = RevisionDiff.run(repo, "main", Optional.of(head), template, true);
        assertTrue(
                !exact.result().introducedFailing().isEmpty(), "against main's tip, lib-c looks downgraded into 2.0");
    }

    @Test
    void aMergeCommitAsHead() throws Exception {
        String base = commit(Map.of("pom.xml", pom("app", GAV + dep("lib-c", "1.5"))), "base");
        git.branchCreate().setName("feature").call();
        commit(Map.of("README.md", "main moves on"), "main work");
        git.checkout().setName("feature").call();
        commit(Map.of("pom.xml", pom("app", GAV + dep("lib-c", "3.0"))), "feature bump");
        MergeResult merge = git.merge()
                .include(git.getRepository().resolve("main"))
                .setMessage("merge main")
                .call();
        assertTrue(merge.getMergeStatus().isSuccessful());
        String head = git.getRepository().resolve("HEAD").name();
        var o = diff(base, head);
        assertEquals(Optional.of("3.0"), o.result().changes().get(0).after());
        assertTrue(o.result().introducedFailing().isEmpty());
    }

    @Test
    void aChangeCannotWaiveItsOwnRiskByEditingThePolicy() throws Exception {
        String base = commit(Map.of("pom.xml", pom("app", GAV + dep("lib-c", "1.0"))), "base");
        String head = commit(
                Map.of(
                        "pom.xml",
                        pom("app", GAV + dep("lib-c", "2.0")),
                        "upgrade-risk.yaml",
                        "suppressions:\n  - id: URK-2026-9001\n    reason: trust me\n"),
                "bump lib-c and suppress its regression");
        RevisionDiff.Outcome o = diff(base, head);
        assertTrue(o.policyEdited());
        assertTrue(
                o.result().introducedFailing().stream()
                        .anyMatch(j -> j.finding()
                                .match()
                                .orElseThrow()
                                .advisory()
                                .id()
                                .equals("URK-2026-9001")),
                "judged by the base's policy, the suppression added here does not apply");
        assertTrue(DiffReport.render(o, ReportFormat.TEXT).contains(DiffReport.POLICY_EDITED));

        String merged = commit(Map.of("README.md", "after the merge"), "later");
        RevisionDiff.Outcome later = diff(head, merged);
        assertTrue(!later.policyEdited() && later.result().introducedFailing().isEmpty());
    }
}
