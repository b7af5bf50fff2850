package dev.upgraderisk.scanner.git;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.manifest.ManifestKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The manifests of one revision, read straight from git objects with JGit (no checkout, no stash; a bare repository
 * or a worktree will do) and written to a temporary folder with their paths, so that the engine reads them as it
 * reads a working tree. Only manifest files and the files that shape their resolution are written.
 */
public final class RevisionSnapshot implements AutoCloseable {
    private static final Set<String> ALSO = Set.of("package.json", "go.sum", ".npmrc", "upgrade-risk.yaml");

    private final Path folder;
    private final String commit;

    private RevisionSnapshot(Path folder, String commit) {
        this.folder = folder;
        this.commit = commit;
    }

    /** The folder holding the revision's manifests. */
    public Path folder() {
        return folder;
    }

    public String commit() {
        return commit;
    }

    /** Opens the repository around {@code path} (a worktree or a bare repository). */
    public static Repository open(Path path) throws InputException {
        try {
            FileRepositoryBuilder builder =
                    new FileRepositoryBuilder().readEnvironment().findGitDir(path.toFile());
            if (builder.getGitDir() == null) {
                if (Files.isDirectory(path.resolve("objects")) && Files.isDirectory(path.resolve("refs"))) {
                    builder.setGitDir(path.toFile()).setBare();
                } else {
                    throw new InputException(
                            path + ": not inside a git repository",
                            "run diff in a git checkout (or give --path the repository)");
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new InputException(path + ": cannot open the git repository: " + e.getMessage(), "check the path");
        }
    }

    /** The commit where {@code head} branched off {@code base} (their merge base); {@code base} itself if none. */
    public static String mergeBase(Repository repo, String base, String head) throws InputException {
        ObjectId b = resolve(repo, base);
        ObjectId h = resolve(repo, head);
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(b));
            walk.markStart(walk.parseCommit(h));
            RevCommit mb = walk.next();
            return mb == null ? b.name() : mb.name();
        } catch (IOException e) {
            return b.name();
        }
    }

    /** The commit {@code ref} names, or an error that says how to get it (a shallow clone: how to fetch). */
    public static ObjectId resolve(Repository repo, String ref) throws InputException {
        ObjectId id;
        try {
            id = repo.resolve(ref + "^{commit}");
        } catch (RevisionSyntaxException | IOException e) {
            id = null;
        }
        if (id == null) {
            boolean shallow = Files.exists(repo.getDirectory().toPath().resolve("shallow"));
            throw new InputException(
                    "'" + ref + "' is not a commit of this repository"
                            + (shallow ? " (it is a shallow clone, and the revision is not in it)" : ""),
                    shallow
                            ? "fetch the history: `git fetch --unshallow` (in GitHub Actions: actions/checkout with"
                                    + " fetch-depth: 0)"
                            : "check the branch, tag or commit name (git fetch it if it is remote)");
        }
        return id;
    }

    public static RevisionSnapshot of(Repository repo, String ref) throws InputException {
        ObjectId id = resolve(repo, ref);
        try {
            Path folder = Files.createTempDirectory("upgrade-risk-rev-");
            try (RevWalk walk = new RevWalk(repo);
                    TreeWalk tree = new TreeWalk(repo)) {
                RevCommit commit = walk.parseCommit(id);
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                while (tree.next()) {
                    String path = tree.getPathString();
                    if (!wanted(path)
                            || tree.getFileMode(0) != FileMode.REGULAR_FILE
                                    && tree.getFileMode(0) != FileMode.EXECUTABLE_FILE) {
                        continue; // symbolic links and submodules are not manifests of this revision
                    }
                    Path out = folder.resolve(path).normalize();
                    if (!out.startsWith(folder)) continue;
                    Files.createDirectories(out.getParent());
                    try (OutputStream os = Files.newOutputStream(out)) {
                        repo.open(tree.getObjectId(0), Constants.OBJ_BLOB).copyTo(os);
                    }
                }
                return new RevisionSnapshot(folder, commit.name());
            } catch (IOException | RuntimeException e) {
                delete(folder);
                throw e;
            }
        } catch (IOException e) {
            throw new InputException("cannot read revision " + ref + ": " + e.getMessage(), "check the repository");
        }
    }

    /** True for manifests and the files that shape their resolution (parents, .mvn/maven.config, go.sum, ...). */
    public static boolean wanted(String path) {
        Path p = Path.of(path);
        String name = p.getFileName().toString();
        return ManifestKind.of(p).isPresent()
                || ALSO.contains(name)
                || path.endsWith(".mvn/maven.config")
                || name.endsWith(".xml") && name.startsWith("pom");
    }

    @Override
    public void close() {
        delete(folder);
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a diff for
        }
    }
}
