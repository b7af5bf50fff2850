package dev.upgraderisk.kb.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** One cloned repository, read with JGit: its tags, its commits, which pull request a commit came from. */
final class GitClone implements AutoCloseable {
    /** A squash merge or cherry-pick names its pull request at the end of its subject; a merge commit at its start. */
    private static final Pattern PULL = Pattern.compile("^Merge pull request #(\\d+)\\b|\\(#(\\d+)\\)\\s*$");

    private final Repository repository;
    private final RevWalk walk;
    private Map<String, List<ObjectId>> pulls;
    private Map<String, ObjectId> tags;

    private GitClone(Repository repository) {
        this.repository = repository;
        this.walk = new RevWalk(repository);
    }

    /**
     * The clone of {@code owner/name} under {@code clones}: {@code owner+name/repo} (as {@code fetch} leaves it),
     * {@code owner+name}, {@code owner/name} or {@code name}, bare or with a work tree.
     */
    static Optional<GitClone> find(Path clones, String owner, String name) throws IOException {
        for (Path candidate : List.of(
                clones.resolve(owner + "+" + name).resolve("repo"),
                clones.resolve(owner + "+" + name),
                clones.resolve(owner).resolve(name),
                clones.resolve(name))) {
            Path gitDir = Files.isDirectory(candidate.resolve(".git")) ? candidate.resolve(".git") : candidate;
            if (Files.isRegularFile(gitDir.resolve("HEAD")) && Files.isDirectory(gitDir.resolve("objects"))) {
                return Optional.of(new GitClone(new FileRepositoryBuilder()
                        .setGitDir(gitDir.toFile())
                        .setMustExist(true)
                        .build()));
            }
        }
        return Optional.empty();
    }

    /** A commit by its full or abbreviated id. */
    Optional<RevCommit> commit(String id) throws IOException {
        try {
            ObjectId oid = repository.resolve(id + "^{commit}");
            return oid == null ? Optional.empty() : Optional.of(walk.parseCommit(oid));
        } catch (AmbiguousObjectException | MissingObjectException e) {
            return Optional.empty();
        }
    }

    /** The commits whose message names pull request {@code number}: squash merges, merges and cherry-picks. */
    List<RevCommit> pullRequest(String number) throws IOException {
        if (pulls == null) {
            pulls = new HashMap<>();
            try (RevWalk all = new RevWalk(repository)) {
                for (Ref r : repository.getRefDatabase().getRefs()) {
                    RevObject o = all.peel(all.parseAny(r.getObjectId()));
                    if (o instanceof RevCommit c) all.markStart(c);
                }
                for (RevCommit c : all) {
                    Matcher m = PULL.matcher(c.getShortMessage());
                    if (m.find()) {
                        String pr = m.group(1) != null ? m.group(1) : m.group(2);
                        pulls.computeIfAbsent(pr, k -> new ArrayList<>()).add(c.copy());
                    }
                }
            }
        }
        List<RevCommit> out = new ArrayList<>();
        for (ObjectId id : pulls.getOrDefault(number, List.of())) out.add(walk.parseCommit(id));
        return out;
    }

    /** Every tag, by name, peeled to its commit. */
    Map<String, ObjectId> tags() throws IOException {
        if (tags == null) {
            tags = new HashMap<>();
            for (Ref r : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                RevObject o = walk.peel(walk.parseAny(r.getObjectId()));
                if (o instanceof RevCommit c) tags.put(r.getName().substring(Constants.R_TAGS.length()), c.copy());
            }
        }
        return tags;
    }

    /** Whether {@code commit} is in the history of the tagged commit. */
    boolean contains(ObjectId tagged, RevCommit commit) throws IOException {
        return walk.isMergedInto(walk.parseCommit(commit), walk.parseCommit(tagged));
    }

    @Override
    public void close() {
        walk.close();
        repository.close();
    }
}
