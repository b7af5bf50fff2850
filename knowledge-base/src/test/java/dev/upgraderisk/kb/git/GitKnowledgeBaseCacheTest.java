package dev.upgraderisk.kb.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.KnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Knowledge-base updates from real git repositories made with JGit in temporary folders. */
class GitKnowledgeBaseCacheTest {
    @TempDir
    Path tmp;

    private Path upstream;
    private Git git;
    private GitKnowledgeBaseCache cache;
    private String entry;

    @BeforeEach
    void setUp() throws Exception {
        upstream = tmp.resolve("kb-repo");
        git = Git.init()
                .setDirectory(upstream.toFile())
                .setInitialBranch("main")
                .call();
        cache = new GitKnowledgeBaseCache(tmp.resolve("cache"));
        entry = Files.readString(Path.of(
                getClass().getResource("/loader/valid/maven/URK-2026-0001.yaml").toURI()));
    }

    private RevCommit commit(String path, String content, String message) throws Exception {
        Path file = upstream.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        git.add().addFilepattern(".").call();
        return git.commit()
                .setMessage(message)
                .setAuthor("kb", "kb@example.org")
                .setCommitter("kb", "kb@example.org")
                .setSign(false)
                .call();
    }

    private String url() {
        return upstream.toUri().toString();
    }

    @Test
    void updateFetchesValidatesAndSwitches() throws Exception {
        RevCommit first = commit("knowledge-base/entries/maven/URK-2026-0001.yaml", entry, "first entry");
        GitKnowledgeBaseRef ref = cache.update(url(), Optional.empty());
        assertEquals(first.name(), ref.commit());
        KnowledgeBase kb = cache.load(Optional.empty()).orElseThrow();
        assertEquals(1, kb.advisories().size());
        assertEquals("git", kb.origin().kind());
        assertEquals(url(), kb.origin().location());
        assertEquals(first.name(), kb.origin().revision());

        RevCommit second = commit(
                "knowledge-base/entries/maven/URK-2026-0002.yaml",
                entry.replace("URK-2026-0001", "URK-2026-0002"),
                "second entry");
        assertEquals(second.name(), cache.update(url(), Optional.empty()).commit());
        assertEquals(2, cache.load(Optional.empty()).orElseThrow().advisories().size());
    }

    @Test
    void aBrokenCommitLeavesThePreviousKnowledgeBaseInUse() throws Exception {
        RevCommit good = commit("entries/maven/URK-2026-0001.yaml", entry, "good");
        cache.update(url(), Optional.empty());
        commit("entries/maven/URK-2026-0001.yaml", entry.replace("fixed: \"2.1\"", "fixed: \"1.0\""), "broken range");
        var e = assertThrows(GitKnowledgeBaseException.class, () -> cache.update(url(), Optional.empty()));
        assertTrue(e.getMessage().contains("invalid knowledge base; the previous one stays in use"), e.getMessage());
        assertTrue(
                e.getMessage().contains("maven/URK-2026-0001.yaml: affected[0].ranges[0].events[1]"), e.getMessage());
        assertEquals(good.name(), cache.current().orElseThrow().commit());
        assertEquals(
                good.name(), cache.load(Optional.empty()).orElseThrow().origin().revision());
    }

    @Test
    void aRepositoryWithoutEntriesIsRefused() throws Exception {
        commit("README.md", "nothing here", "empty");
        var e = assertThrows(GitKnowledgeBaseException.class, () -> cache.update(url(), Optional.empty()));
        assertTrue(e.getMessage().contains("holds no knowledge-base entries"), e.getMessage());
        assertTrue(cache.current().isEmpty());
    }

    @Test
    void pinnedCommitsTagsAndBranches() throws Exception {
        RevCommit first = commit("maven/URK-2026-0001.yaml", entry, "first");
        git.tag().setName("v1").setAnnotated(false).call();
        commit("maven/URK-2026-0002.yaml", entry.replace("URK-2026-0001", "URK-2026-0002"), "second");
        cache.update(url(), Optional.empty());
        // --kb-ref pins an older commit without changing what `current` names
        assertEquals(
                1,
                cache.load(Optional.of(first.name())).orElseThrow().advisories().size());
        assertEquals(2, cache.load(Optional.empty()).orElseThrow().advisories().size());
        assertEquals(first.name(), cache.update(url(), Optional.of("v1")).commit());
        assertEquals(2, cache.update(url(), Optional.of("main")).commit().equals(first.name()) ? 1 : 2);
    }

    @Test
    void aPinnedCommitThatIsNotThereIsAnErrorNotAFallback() throws Exception {
        commit("maven/URK-2026-0001.yaml", entry, "first");
        cache.update(url(), Optional.empty());
        var e = assertThrows(
                GitKnowledgeBaseException.class,
                () -> cache.load(Optional.of("0123456789abcdef0123456789abcdef01234567")));
        assertTrue(e.getMessage().contains("no such commit in the cached knowledge base"), e.getMessage());
    }

    @Test
    void anUnknownRefOrUrlIsAnError() throws Exception {
        commit("maven/URK-2026-0001.yaml", entry, "first");
        var badRef =
                assertThrows(GitKnowledgeBaseException.class, () -> cache.update(url(), Optional.of("no-such-branch")));
        assertTrue(
                badRef.getMessage().contains("'no-such-branch' is neither a branch, a tag nor a commit"),
                badRef.getMessage());
        var badUrl = assertThrows(
                GitKnowledgeBaseException.class,
                () -> cache.update(tmp.resolve("nowhere").toUri().toString(), Optional.empty()));
        assertTrue(badUrl.getMessage().startsWith("cannot update the knowledge base from"), badUrl.getMessage());
        assertTrue(cache.current().isEmpty());
    }

    @Test
    void noUpdateYetMeansNoGitKnowledgeBase() throws Exception {
        assertTrue(cache.load(Optional.empty()).isEmpty());
        var e = assertThrows(GitKnowledgeBaseException.class, () -> cache.load(Optional.of("abc")));
        assertTrue(e.getMessage().contains("run `upgrade-risk kb update --from URL` first"), e.getMessage());
    }
}
