package dev.upgraderisk.kb.mine;

import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.Version;
import dev.upgraderisk.kb.version.VersionScheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Lists regression leads from a clone, so that a sweep starts from a list instead of a blank page: commits whose
 * message says a release broke something ("regression", "broken since", "since 2.15", "introduced by #123", "caused
 * by #123"), reverts, every change of a patch release that followed the one before within a week, and changelog lines
 * that say the same. Each lead carries the first release tag that contains it and the issue numbers it names.
 */
public final class CandidateMiner {
    static final Pattern SAYS_REGRESSION = Pattern.compile("(?i)\\bregress(ion|ions|ed)?\\b|broken (since|in) v?\\d"
            + "|\\bsince v?\\d+\\.\\d+|introduced (in|by) (#\\d+|v?\\d|gh-\\d+|[0-9a-f]{7,40}\\b)|caused by (#\\d+|gh-\\d+|pr)"
            + "|\\bworked (in|with) v?\\d");
    private static final Pattern REVERT = Pattern.compile("^(Revert|revert)\\b");
    private static final Pattern ISSUE = Pattern.compile("(?:#|gh-|GH-)(\\d{2,6})\\b|\\b([A-Z][A-Z0-9]+-\\d{1,6})\\b");
    private static final Pattern CHANGELOG = Pattern.compile(
            "(?i)(^|/)(changelog|changes|history|news|release[-_]?notes" + "|version-\\d.*|version\\.txt)[^/]*$");
    private static final Duration QUICK = Duration.ofDays(7);

    private final VersionScheme scheme;
    private final Pattern tagVersion;

    /** {@code tagVersion} captures the version in a release tag's name (group 1), e.g. {@code v?(\d.*)}. */
    public CandidateMiner(VersionScheme scheme, Pattern tagVersion) {
        this.scheme = scheme;
        this.tagVersion = tagVersion;
    }

    public List<Candidate> mine(Path gitDir, Instant since) throws IOException {
        Path dir = Files.isDirectory(gitDir.resolve(".git")) ? gitDir.resolve(".git") : gitDir;
        try (Repository repo = new FileRepositoryBuilder()
                        .setGitDir(dir.toFile())
                        .setMustExist(true)
                        .build();
                RevWalk walk = new RevWalk(repo)) {
            TreeMap<Version, Release> releases = releases(repo, walk);
            List<Candidate> out = new ArrayList<>();
            Release previous = null;
            for (Release r : releases.values()) {
                boolean quick = previous != null
                        && patchOf(previous, r)
                        && r.time().isAfter(since)
                        && Duration.between(previous.time(), r.time()).compareTo(QUICK) <= 0;
                for (RevCommit c : commitsOf(repo, r, previous)) {
                    if (Instant.ofEpochSecond(c.getCommitTime()).isBefore(since)) continue;
                    String subject = c.getShortMessage();
                    Optional<String> signal = SAYS_REGRESSION
                                    .matcher(c.getFullMessage())
                                    .find()
                            ? Optional.of("says")
                            : REVERT.matcher(subject).find()
                                    ? Optional.of("revert")
                                    : quick ? Optional.of("quick-patch of " + previous.name()) : Optional.empty();
                    signal.ifPresent(s -> out.add(new Candidate(
                            r.name(),
                            c.abbreviate(10).name(),
                            date(c.getCommitTime()),
                            s,
                            subject,
                            issues(c.getFullMessage()))));
                }
                previous = r;
            }
            unreleased(repo, walk, releases, since).forEach(out::add);
            changelogLines(repo, walk).forEach(out::add);
            return out;
        }
    }

    private record Release(Version version, String name, ObjectId commit, Instant time) {}

    private TreeMap<Version, Release> releases(Repository repo, RevWalk walk) throws IOException {
        TreeMap<Version, Release> out = new TreeMap<>();
        for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            String name = ref.getName().substring(Constants.R_TAGS.length());
            Matcher m = tagVersion.matcher(name);
            if (!m.matches()) continue;
            Version v;
            try {
                v = scheme.parse(m.group(1));
            } catch (InvalidVersionException e) {
                continue;
            }
            if (v.isPreRelease()) continue;
            RevObject o = walk.peel(walk.parseAny(ref.getObjectId()));
            if (o instanceof RevCommit c) {
                out.put(v, new Release(v, name, c.copy(), Instant.ofEpochSecond(c.getCommitTime())));
            }
        }
        return out;
    }

    /** A release whose version differs from the one before only past the second number: 2.15.1 after 2.15.0. */
    private static boolean patchOf(Release before, Release after) {
        String[] a = before.version().toString().split("[.-]");
        String[] b = after.version().toString().split("[.-]");
        return a.length > 2 && b.length > 2 && a[0].equals(b[0]) && a[1].equals(b[1]);
    }

    /** The commits of {@code release} that no earlier release (in version order) contains. */
    private List<RevCommit> commitsOf(Repository repo, Release release, Release previous) throws IOException {
        List<RevCommit> out = new ArrayList<>();
        try (RevWalk w = new RevWalk(repo)) {
            w.markStart(w.parseCommit(release.commit()));
            if (previous != null) w.markUninteresting(w.parseCommit(previous.commit()));
            for (RevCommit c : w) out.add(c);
        }
        return out;
    }

    private List<Candidate> unreleased(Repository repo, RevWalk walk, TreeMap<Version, Release> releases, Instant since)
            throws IOException {
        List<Candidate> out = new ArrayList<>();
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) return out;
        try (RevWalk w = new RevWalk(repo)) {
            w.markStart(w.parseCommit(head));
            for (Release r : releases.values()) w.markUninteresting(w.parseCommit(r.commit()));
            for (RevCommit c : w) {
                if (Instant.ofEpochSecond(c.getCommitTime()).isBefore(since)) continue;
                if (SAYS_REGRESSION.matcher(c.getFullMessage()).find()
                        || REVERT.matcher(c.getShortMessage()).find()) {
                    out.add(new Candidate(
                            "",
                            c.abbreviate(10).name(),
                            date(c.getCommitTime()),
                            REVERT.matcher(c.getShortMessage()).find() ? "revert" : "says",
                            c.getShortMessage(),
                            issues(c.getFullMessage())));
                }
            }
        }
        return out;
    }

    /** Lines of the changelogs at HEAD that say a release broke something. */
    private List<Candidate> changelogLines(Repository repo, RevWalk walk) throws IOException {
        List<Candidate> out = new ArrayList<>();
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) return out;
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(walk.parseCommit(head).getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                String path = tw.getPathString();
                if (!CHANGELOG.matcher(path).find() || path.contains("node_modules/")) continue;
                byte[] bytes = repo.open(tw.getObjectId(0)).getCachedBytes(8 << 20);
                String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (SAYS_REGRESSION.matcher(lines[i]).find()) {
                        out.add(new Candidate(
                                "", path + ":" + (i + 1), "", "changelog", lines[i].strip(), issues(lines[i])));
                    }
                }
            }
        } catch (LargeObjectException e) {
            return out; // a changelog over 8 MiB is not read
        }
        return out;
    }

    static List<String> issues(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher m = ISSUE.matcher(text);
        while (m.find()) out.add(m.group(1) != null ? "#" + m.group(1) : m.group(2));
        return List.copyOf(out);
    }

    private static String date(int epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds)
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .toString();
    }

    static Comparator<Candidate> order() {
        return Comparator.comparing(Candidate::release).thenComparing(Candidate::where);
    }
}
