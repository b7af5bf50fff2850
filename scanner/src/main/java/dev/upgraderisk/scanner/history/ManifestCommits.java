package dev.upgraderisk.scanner.history;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.git.RevisionSnapshot;
import dev.upgraderisk.scanner.manifest.ManifestFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Walks the first-parent history of HEAD (the mainline: a merged branch counts as its merge commit) and keeps the
 * commits whose diff against their first parent touches a manifest, under {@code within} if given, outside the
 * folders a scan skips (test fixtures, {@code node_modules}, {@code target}, ...). Trees are only
 * compared, not read, so commits that change no manifest cost next to nothing.
 */
public final class ManifestCommits {
    /** Newest last. {@code baseline} is the state just before the oldest commit when the window cut history short. */
    public record Walk(
            ManifestCommit head, List<ManifestCommit> commits, int walked, Optional<ManifestCommit> baseline) {}

    private ManifestCommits() {}

    /**
     * @param since empty for all history; a date ({@code 2026-01-31}) or a revision, whose own commits are excluded
     * @param max at most this many manifest-changing commits (the newest ones)
     */
    public static Walk of(Repository repo, String within, Optional<String> since, int max) throws InputException {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setFirstParent(true);
            if (since.isPresent()) sinceDate(since.get()); // a bad date is the user's to fix before anything is read
            if (repo.resolve("HEAD^{commit}") == null) {
                throw new InputException("the repository has no commits yet", "commit the manifests first");
            }
            RevCommit head = walk.parseCommit(RevisionSnapshot.resolve(repo, "HEAD"));
            walk.markStart(head);
            if (since.isPresent()) limit(repo, walk, since.get());
            List<ManifestCommit> found = new ArrayList<>();
            RevCommit oldestSeen = null;
            int walked = 0;
            boolean cut = false;
            for (RevCommit c : walk) {
                walked++;
                oldestSeen = c;
                if (!changesManifest(repo, c, within)) continue;
                if (found.size() == max) {
                    cut = true;
                    break;
                }
                found.add(describe(repo, c, within));
            }
            Collections.reverse(found);
            Optional<ManifestCommit> baseline = Optional.empty();
            RevCommit oldest = found.isEmpty()
                    ? oldestSeen
                    : walk.parseCommit(ObjectId.fromString(found.get(0).id()));
            if ((cut || since.isPresent()) && oldest != null && oldest.getParentCount() > 0) {
                baseline = Optional.of(describe(repo, walk.parseCommit(oldest.getParent(0)), within));
            }
            return new Walk(describe(repo, head, within), found, walked, baseline);
        } catch (IOException e) {
            throw new InputException("cannot walk the history: " + e.getMessage(), "check the repository");
        }
    }

    private static void limit(Repository repo, RevWalk walk, String since) throws InputException, IOException {
        Optional<LocalDate> date = sinceDate(since);
        if (date.isPresent()) {
            walk.setRevFilter(CommitTimeRevFilter.after(
                    Date.from(date.get().atStartOfDay(ZoneOffset.UTC).toInstant())));
        } else {
            walk.markUninteresting(walk.parseCommit(RevisionSnapshot.resolve(repo, since)));
        }
    }

    /** {@code --since} as a date when it looks like one (YYYY-MM-DD); empty when it names a revision. */
    private static Optional<LocalDate> sinceDate(String since) throws InputException {
        if (!since.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(since));
        } catch (DateTimeParseException e) {
            throw new InputException("--since " + since + " is not a date", "give YYYY-MM-DD or a revision");
        }
    }

    private static TreeFilter manifests(String within) {
        TreeFilter names = new TreeFilter() {
            @Override
            public boolean include(TreeWalk w) {
                String path = w.getPathString();
                if (w.isSubtree()) return !ManifestFinder.inSkippedFolder(path + "/x") || path.endsWith(".mvn");
                return RevisionSnapshot.wanted(path)
                        && (path.endsWith(".mvn/maven.config") || !ManifestFinder.inSkippedFolder(path));
            }

            @Override
            public boolean shouldBeRecursive() {
                return true;
            }

            @Override
            public TreeFilter clone() {
                return this;
            }
        };
        return within.isEmpty() ? names : AndTreeFilter.create(PathFilter.create(within), names);
    }

    private static boolean changesManifest(Repository repo, RevCommit c, String within) throws IOException {
        try (TreeWalk tw = new TreeWalk(repo)) {
            if (c.getParentCount() > 0) {
                try (RevWalk w = new RevWalk(repo)) {
                    tw.addTree(w.parseCommit(c.getParent(0)).getTree());
                }
            } else {
                tw.addTree(new EmptyTreeIterator());
            }
            tw.addTree(c.getTree());
            tw.setRecursive(true);
            tw.setFilter(AndTreeFilter.create(TreeFilter.ANY_DIFF, manifests(within)));
            return tw.next();
        }
    }

    /** The commit with a digest of every manifest blob it holds: equal digests, equal manifests. */
    private static ManifestCommit describe(Repository repo, RevCommit c, String within) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(c.getTree());
            tw.setRecursive(true);
            tw.setFilter(manifests(within));
            while (tw.next()) {
                digest.update(
                        (tw.getPathString() + "\0" + tw.getObjectId(0).name() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return new ManifestCommit(
                c.name(),
                Instant.ofEpochSecond(c.getCommitTime()),
                c.getAuthorIdent().getName() + " <" + c.getAuthorIdent().getEmailAddress() + ">",
                c.getShortMessage(),
                HexFormat.of().formatHex(digest.digest()));
    }
}
