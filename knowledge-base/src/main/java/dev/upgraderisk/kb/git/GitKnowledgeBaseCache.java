package dev.upgraderisk.kb.git;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseException;
import dev.upgraderisk.kb.KnowledgeBaseOrigin;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A knowledge base kept in git and cached locally: {@code update} fetches with JGit into a bare repository, extracts
 * the wanted commit's entries into a folder of their own, validates them, and only then switches {@code current} to
 * that commit with an atomic rename. An update that fails at any step leaves the previous knowledge base in use.
 *
 * <pre>
 * CACHE/repo.git            bare repository (fetched, never checked out)
 * CACHE/commits/COMMIT/     the entries of one validated commit
 * CACHE/current             "url\ncommit\n" of the knowledge base in use (replaced atomically)
 * </pre>
 */
public final class GitKnowledgeBaseCache {
    /** Where, inside the knowledge-base repository, the entries may sit (the first that exists is used). */
    private static final List<String> ENTRY_FOLDERS = List.of("knowledge-base/entries", "entries", "");

    private final Path cache;

    public GitKnowledgeBaseCache(Path cache) {
        this.cache = cache;
    }

    /** The default cache of this process's environment (for front ends; a request's own environment wins). */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv());
    }

    /** The default cache: {@code $XDG_CACHE_HOME/upgrade-risk/kb}, else {@code ~/.cache/upgrade-risk/kb}. */
    public static Path defaultLocation(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("upgrade-risk").resolve("kb");
    }

    /** The knowledge base in use, if {@code update} ever succeeded. */
    public Optional<GitKnowledgeBaseRef> current() throws IOException {
        Path current = cache.resolve("current");
        if (!Files.isRegularFile(current)) return Optional.empty();
        List<String> lines = Files.readAllLines(current, StandardCharsets.UTF_8);
        if (lines.size() < 2) return Optional.empty();
        return Optional.of(new GitKnowledgeBaseRef(lines.get(0), lines.get(1)));
    }

    /**
     * Fetches {@code url} and makes {@code ref} (a branch, a tag or a commit id; default: the remote's HEAD) the
     * knowledge base in use, once it has been validated.
     */
    public GitKnowledgeBaseRef update(String url, Optional<String> ref) throws GitKnowledgeBaseException {
        try {
            Files.createDirectories(cache);
            try (Repository repo = openOrCreate()) {
                Optional<ObjectId> remoteHead = fetch(repo, url);
                Optional<ObjectId> wanted = ref.isEmpty() ? remoteHead : resolve(repo, ref);
                ObjectId commit = wanted.orElseThrow(() -> new GitKnowledgeBaseException(
                        "'" + ref.orElse("HEAD") + "' is neither a branch, a tag nor a commit of " + url));
                GitKnowledgeBaseRef target = new GitKnowledgeBaseRef(url, commit.name());
                extractAndValidate(repo, commit);
                writeCurrent(target);
                return target;
            }
        } catch (IOException | GitAPIException e) {
            throw new GitKnowledgeBaseException(
                    "cannot update the knowledge base from " + url + ": " + e.getMessage(), e);
        }
    }

    /** Loads the knowledge base in use, or {@code pinned} (a commit id that {@code update} fetched before). */
    public Optional<KnowledgeBase> load(Optional<String> pinned) throws GitKnowledgeBaseException {
        try {
            Optional<GitKnowledgeBaseRef> current = current();
            if (pinned.isEmpty()) {
                if (current.isEmpty()) return Optional.empty();
                return Optional.of(loadCommit(current.get()));
            }
            String url = current.map(GitKnowledgeBaseRef::url).orElse("");
            if (!Files.isDirectory(cache.resolve("repo.git"))) {
                throw new GitKnowledgeBaseException("--kb-ref " + pinned.get() + ": no knowledge base has been fetched"
                        + " into " + cache + " yet; run `upgrade-risk kb update --from URL` first");
            }
            try (Repository repo = openOrCreate()) {
                ObjectId commit = resolve(repo, pinned)
                        .orElseThrow(() -> new GitKnowledgeBaseException("--kb-ref " + pinned.get()
                                + ": no such commit in the cached knowledge base (" + cache
                                + "); fetch it with `upgrade-risk kb update --from URL --ref " + pinned.get() + "`"));
                extractAndValidate(repo, commit);
                return Optional.of(loadCommit(new GitKnowledgeBaseRef(url, commit.name())));
            }
        } catch (IOException e) {
            throw new GitKnowledgeBaseException(
                    "cannot read the cached knowledge base in " + cache + ": " + e.getMessage(), e);
        }
    }

    private KnowledgeBase loadCommit(GitKnowledgeBaseRef ref) throws GitKnowledgeBaseException, IOException {
        Path folder = cache.resolve("commits").resolve(ref.commit());
        try {
            KnowledgeBase kb = new KnowledgeBaseLoader().load(folder);
            return kb.with(List.of(), new KnowledgeBaseOrigin("git", ref.url(), ref.commit()));
        } catch (KnowledgeBaseException e) {
            throw new GitKnowledgeBaseException(
                    "the cached knowledge base at commit " + ref.commit() + " is invalid:\n" + e.getMessage(), e);
        }
    }

    private Repository openOrCreate() throws IOException {
        Path dir = cache.resolve("repo.git");
        Repository repo =
                new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
        if (!Files.isDirectory(dir.resolve("objects"))) {
            repo.create(true);
        }
        return repo;
    }

    /** Fetches every branch and tag; returns the commit the remote's HEAD names. */
    private static Optional<ObjectId> fetch(Repository repo, String url) throws GitAPIException {
        try (Git git = new Git(repo)) {
            FetchResult result = git.fetch()
                    .setRemote(url)
                    .setRefSpecs(
                            new RefSpec("+refs/heads/*:refs/remotes/origin/*"), new RefSpec("+refs/tags/*:refs/tags/*"))
                    .setRemoveDeletedRefs(true)
                    .call();
            return Optional.ofNullable(result.getAdvertisedRef(Constants.HEAD)).map(r -> r.getObjectId());
        }
    }

    private static Optional<ObjectId> resolve(Repository repo, Optional<String> ref) throws IOException {
        if (ref.isEmpty()) return Optional.empty();
        List<String> candidates = List.of("refs/remotes/origin/" + ref.get(), "refs/tags/" + ref.get(), ref.get());
        for (String c : candidates) {
            ObjectId id;
            try {
                id = repo.resolve(c + "^{commit}");
            } catch (RevisionSyntaxException | AmbiguousObjectException e) {
                continue;
            } catch (IncorrectObjectTypeException | MissingObjectException e) {
                continue;
            }
            if (id != null) return Optional.of(id);
        }
        return Optional.empty();
    }

    /** Writes the commit's entries to commits/COMMIT (via a temporary folder and a rename) and validates them. */
    private void extractAndValidate(Repository repo, ObjectId commitId) throws IOException, GitKnowledgeBaseException {
        Path commits = Files.createDirectories(cache.resolve("commits"));
        Path target = commits.resolve(commitId.name());
        if (Files.isDirectory(target)) return; // extracted and validated before
        Path tmp = commits.resolve(".tmp-" + UUID.randomUUID());
        try {
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit commit = walk.parseCommit(commitId);
                String prefix = entryFolder(repo, commit);
                try (TreeWalk tree = new TreeWalk(repo)) {
                    tree.addTree(commit.getTree());
                    tree.setRecursive(true);
                    while (tree.next()) {
                        String path = tree.getPathString();
                        if (!path.startsWith(prefix) || !path.endsWith(".yaml")) continue;
                        Path out = tmp.resolve(path.substring(prefix.length()));
                        if (!out.normalize().startsWith(tmp)) continue; // never write outside the folder
                        Files.createDirectories(out.getParent());
                        try (OutputStream os = Files.newOutputStream(out)) {
                            repo.open(tree.getObjectId(0), Constants.OBJ_BLOB).copyTo(os);
                        }
                    }
                }
            }
            Files.createDirectories(tmp);
            try {
                if (new KnowledgeBaseLoader().load(tmp).advisories().isEmpty()) {
                    throw new GitKnowledgeBaseException("commit " + commitId.name() + " holds no knowledge-base entries"
                            + " (looked in knowledge-base/entries/, entries/ and the top folder); the previous"
                            + " knowledge base stays in use");
                }
            } catch (KnowledgeBaseException e) {
                throw new GitKnowledgeBaseException(
                        "commit " + commitId.name() + " holds an invalid knowledge base;"
                                + " the previous one stays in use:\n" + e.getMessage(),
                        e);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // another update extracted the same commit meanwhile: theirs is as good as ours
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static String entryFolder(Repository repo, RevCommit commit) throws IOException {
        for (String folder : ENTRY_FOLDERS) {
            if (folder.isEmpty()) return "";
            try (TreeWalk tw = TreeWalk.forPath(repo, folder, commit.getTree())) {
                if (tw != null && tw.isSubtree()) return folder + "/";
            }
        }
        return "";
    }

    private void writeCurrent(GitKnowledgeBaseRef ref) throws IOException {
        Path tmp = cache.resolve("current.tmp-" + UUID.randomUUID());
        Files.writeString(tmp, ref.url() + "\n" + ref.commit() + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(
                    tmp, cache.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, cache.resolve("current"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
