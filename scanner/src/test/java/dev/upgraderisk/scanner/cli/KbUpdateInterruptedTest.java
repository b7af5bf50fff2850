package dev.upgraderisk.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.git.GitKnowledgeBaseCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb update} killed at points all through its run (a real process, {@code kill -9}): the knowledge base in
 * use afterwards is always a whole one, the previous or the new, never a mix; and the next update completes.
 */
class KbUpdateInterruptedTest {
    @TempDir
    Path tmp;

    private Process update(Path repo, Path cache) throws Exception {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        UpgradeRiskCli.class.getName(),
                        "kb",
                        "update",
                        "--from",
                        repo.toString(),
                        "--kb-cache",
                        cache.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("update.log").toFile())
                .start();
    }

    /** A knowledge-base repository: the real entries at the first commit, and one more entry at the second. */
    private Path repository(String[] commits) throws Exception {
        Path repo = tmp.resolve("kb-repo");
        Path entries = Path.of(System.getProperty("basedir", "."), "../knowledge-base/entries");
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            try (Stream<Path> files = Files.walk(entries)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = repo.resolve("knowledge-base/entries")
                            .resolve(entries.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
            git.add().addFilepattern(".").call();
            commits[0] = git.commit()
                    .setMessage("all entries")
                    .setAuthor("kb", "kb@example.org")
                    .setSign(false)
                    .call()
                    .name();
            Path one = repo.resolve("knowledge-base/entries/maven/URK-2026-0200.yaml");
            Path copy = repo.resolve("knowledge-base/entries/maven/URK-2026-0999.yaml");
            Files.writeString(copy, Files.readString(one).replace("URK-2026-0200", "URK-2026-0999"));
            git.add().addFilepattern(".").call();
            commits[1] = git.commit()
                    .setMessage("one more")
                    .setAuthor("kb", "kb@example.org")
                    .setSign(false)
                    .call()
                    .name();
        }
        return repo;
    }

    @Test
    void aKilledUpdateLeavesAWholeKnowledgeBase() throws Exception {
        String[] commits = new String[2];
        Path repo = repository(commits);
        Path cache = tmp.resolve("cache");
        // the previous knowledge base: the first commit, fetched by a completed update pinned to it
        assertEquals(
                0,
                CliRun.of(
                                "kb",
                                "update",
                                "--from",
                                repo.toString(),
                                "--ref",
                                commits[0],
                                "--kb-cache",
                                cache.toString())
                        .exitCode());
        int before = new GitKnowledgeBaseCache(cache)
                .load(Optional.empty())
                .orElseThrow()
                .advisories()
                .size();

        long started = System.nanoTime();
        Process timed = update(repo, cache);
        assertTrue(timed.waitFor(120, TimeUnit.SECONDS));
        long full = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, timed.exitValue(), Files.readString(tmp.resolve("update.log")));
        // back to the first commit, then kill updates at eight points through a full update's duration
        assertEquals(
                0,
                CliRun.of(
                                "kb",
                                "update",
                                "--from",
                                repo.toString(),
                                "--ref",
                                commits[0],
                                "--kb-cache",
                                cache.toString())
                        .exitCode());
        int switched = 0;
        int interrupted = 0;
        for (int k = 1; k <= 8; k++) {
            assertEquals(
                    0,
                    CliRun.of(
                                    "kb",
                                    "update",
                                    "--from",
                                    repo.toString(),
                                    "--ref",
                                    commits[0],
                                    "--kb-cache",
                                    cache.toString())
                            .exitCode(),
                    "back to the first commit");
            // the new commit's files go, so every killed update does the whole work the timed one did
            deleteTree(cache.resolve("commits").resolve(commits[1]));
            Process p = update(repo, cache);
            Thread.sleep(full * k / 9);
            boolean running = p.isAlive();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (running && p.exitValue() != 0) interrupted++; // the kill landed while the update ran
            KnowledgeBase kb =
                    new GitKnowledgeBaseCache(cache).load(Optional.empty()).orElseThrow();
            String revision = kb.origin().revision();
            switched += revision.equals(commits[1]) ? 1 : 0;
            assertTrue(List.of(commits).contains(revision), "kill " + k + ": in use " + revision);
            assertEquals(
                    revision.equals(commits[0]) ? before : before + 1,
                    kb.advisories().size(),
                    "kill " + k + " at " + full * k / 9 + " ms: the knowledge base in use is whole");
        }
        System.out.printf(
                "kb update killed 8 times over %d ms: %d while it ran, %d kills after the switch, %d before%n",
                full, interrupted, switched, 8 - switched);
        assertTrue(interrupted >= 4, "at most " + interrupted + " of 8 kills landed while an update ran");
        CliRun last = CliRun.of("kb", "update", "--from", repo.toString(), "--kb-cache", cache.toString());
        assertEquals(0, last.exitCode(), last.err());
        assertEquals(
                commits[1],
                new GitKnowledgeBaseCache(cache)
                        .load(Optional.empty())
                        .orElseThrow()
                        .origin()
                        .revision());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
