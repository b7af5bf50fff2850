package dev.upgraderisk.kb.verify;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.AffectedRange;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.Version;
import dev.upgraderisk.kb.version.VersionScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Checks entries against the git history of their repositories: for each range, a FIX change is in the tag of the
 * {@code fixed} version and not in the tag of the last affected release before it; an INTRODUCED change is in the tag
 * of {@code introduced} and not in the release before it. Tags map to versions through {@link TagPatterns}.
 */
public final class TagVerifier {
    private final Path clones;
    private final TagPatterns patterns;

    public TagVerifier(Path clones, Map<String, List<String>> tagPatterns) {
        this.clones = clones;
        this.patterns = new TagPatterns(tagPatterns);
    }

    /** The tag patterns kept with the knowledge base ({@code tag-patterns.tsv}). */
    public static Map<String, List<String>> bundledTagPatterns() {
        Map<String, List<String>> out = new HashMap<>();
        try (var in = TagVerifier.class.getResourceAsStream("tag-patterns.tsv")) {
            if (in == null) throw new IllegalStateException("tag-patterns.tsv is missing from the knowledge base");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 2);
                out.put(
                        f[0].strip().toLowerCase(Locale.ROOT),
                        List.of(f[1].strip().split("\\s*,\\s*")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public TagVerification verify(KnowledgeBase kb) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> verified = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Optional<GitClone>> open = new HashMap<>();
        try {
            for (Advisory a : kb.advisories()) {
                List<String> found = new ArrayList<>();
                int checked = check(a, open, found);
                problems.addAll(found);
                if (checked == 0) skipped.add(a.id() + ": no FIX or INTRODUCED change of a cloned repository");
                else if (found.isEmpty()) verified.add(a.id());
            }
        } finally {
            open.values().forEach(c -> c.ifPresent(GitClone::close));
        }
        return new TagVerification(problems, verified, skipped);
    }

    /** The number of references checked; problems go to {@code out}. */
    private int check(Advisory a, Map<String, Optional<GitClone>> open, List<String> out) throws IOException {
        Map<String, List<RevCommit>> fixes = new HashMap<>();
        Map<String, List<RevCommit>> causes = new HashMap<>();
        List<Unfound> unfound = new ArrayList<>();
        int checked = 0;
        for (String type : List.of("FIX", "INTRODUCED")) {
            for (String url : a.references(type)) {
                Optional<CommitReference> ref = CommitReference.parse(url);
                if (ref.isEmpty()) continue;
                CommitReference r = ref.get();
                Optional<GitClone> clone = open.computeIfAbsent(r.repository().toLowerCase(Locale.ROOT), k -> find(r));
                if (clone.isEmpty()) continue;
                checked++;
                List<RevCommit> commits = r.kind() == CommitReference.Kind.COMMIT
                        ? clone.get().commit(r.id()).map(List::of).orElse(List.of())
                        : clone.get().pullRequest(r.id());
                if (commits.isEmpty()) {
                    unfound.add(new Unfound(type, r));
                    continue;
                }
                (type.equals("FIX") ? fixes : causes)
                        .computeIfAbsent(r.repository(), k -> new ArrayList<>())
                        .addAll(commits);
            }
        }
        for (Unfound u : unfound) {
            // a pull request whose merge commit does not name it is fine when the entry cites that commit too
            boolean coveredByCommit = u.ref().kind() == CommitReference.Kind.PULL_REQUEST
                    && !(u.type().equals("FIX") ? fixes : causes)
                            .getOrDefault(u.ref().repository(), List.of())
                            .isEmpty();
            if (coveredByCommit) continue;
            out.add(a.source() + ": references." + u.type() + ": " + u.ref() + " is not in the clone's history"
                    + (u.ref().kind() == CommitReference.Kind.PULL_REQUEST
                            ? " (no commit names the pull request; cite its commit)"
                            : ""));
        }
        for (Affected af : a.affected()) {
            VersionScheme scheme = af.pkg().ecosystem().versionScheme();
            for (int i = 0; i < af.ranges().size(); i++) {
                AffectedRange range = af.ranges().get(i);
                String at = "affected[" + af.pkg().name() + "].ranges[" + i + "]";
                // an entry may cite changes of several repositories (a bug fixed in a sibling library): a range
                // holds when the changes of one of them agree with its tags
                List<List<String>> fixProblems = new ArrayList<>();
                for (var e : fixes.entrySet()) {
                    GitClone clone =
                            open.get(e.getKey().toLowerCase(Locale.ROOT)).orElseThrow();
                    List<String> found = new ArrayList<>();
                    if (range.fixed().isPresent())
                        checkFixed(a, at, e.getKey(), packageOf(af), clone, scheme, range, e.getValue(), found);
                    fixProblems.add(found);
                }
                List<List<String>> causeProblems = new ArrayList<>();
                for (var e : causes.entrySet()) {
                    GitClone clone =
                            open.get(e.getKey().toLowerCase(Locale.ROOT)).orElseThrow();
                    List<String> found = new ArrayList<>();
                    checkIntroduced(
                            a,
                            at,
                            e.getKey(),
                            packageOf(af),
                            clone,
                            scheme,
                            range,
                            isEarliest(af, range, scheme),
                            e.getValue(),
                            found);
                    causeProblems.add(found);
                }
                for (List<List<String>> perRepository : List.of(fixProblems, causeProblems)) {
                    if (perRepository.stream().noneMatch(List::isEmpty)) perRepository.forEach(out::addAll);
                }
            }
        }
        return checked;
    }

    /** How a monorepo's tags name the package: the npm name, the Maven artifactId, a Go module's last element. */
    private static String packageOf(Affected af) {
        String name = af.pkg().name();
        return switch (af.pkg().ecosystem()) {
            case MAVEN -> name.substring(name.indexOf(':') + 1);
            case GO -> name.substring(name.lastIndexOf('/') + 1);
            default -> name;
        };
    }

    private void checkFixed(
            Advisory a,
            String at,
            String repo,
            String pkg,
            GitClone clone,
            VersionScheme scheme,
            AffectedRange range,
            List<RevCommit> fixes,
            List<String> out)
            throws IOException {
        String fixed = range.fixed().orElseThrow();
        Optional<ObjectId> tag = tag(clone, repo, pkg, fixed);
        if (tag.isEmpty()) {
            out.add(a.source() + ": " + at + ".fixed: no tag of " + repo + " names " + fixed + " (tried "
                    + String.join(", ", patterns.candidates(repo, pkg, fixed).subList(0, 3)) + ", ...)");
            return;
        }
        List<RevCommit> in = new ArrayList<>();
        for (RevCommit c : fixes) if (clone.contains(tag.get(), c)) in.add(c);
        if (in.isEmpty()) {
            out.add(a.source() + ": " + at + ".fixed: no FIX change of " + repo + " is in the tag of " + fixed);
            return;
        }
        Optional<Release> lastBad = below(clone, repo, pkg, scheme, fixed, range.introduced());
        if (lastBad.isPresent()) {
            boolean allEarlier = true;
            for (RevCommit c : in) allEarlier &= clone.contains(lastBad.get().tag(), c);
            if (allEarlier) {
                out.add(a.source() + ": " + at + ".fixed: the FIX change is already in "
                        + lastBad.get().version() + ", which the range calls affected");
            }
        }
    }

    private void checkIntroduced(
            Advisory a,
            String at,
            String repo,
            String pkg,
            GitClone clone,
            VersionScheme scheme,
            AffectedRange range,
            boolean earliest,
            List<RevCommit> causes,
            List<String> out)
            throws IOException {
        Optional<String> introduced = range.introduced().filter(v -> !v.equals("0"));
        if (introduced.isEmpty()) return;
        Optional<ObjectId> tag = tag(clone, repo, pkg, introduced.get());
        if (tag.isEmpty()) {
            out.add(a.source() + ": " + at + ".introduced: no tag of " + repo + " names " + introduced.get());
            return;
        }
        List<RevCommit> in = new ArrayList<>();
        for (RevCommit c : causes) if (clone.contains(tag.get(), c)) in.add(c);
        if (in.isEmpty()) {
            // a cause cited once for several release lines belongs to one of them; the others are not judged by it
            if (range.introduced().equals(firstIntroduced(a))) {
                out.add(a.source() + ": " + at + ".introduced: no INTRODUCED change is in the tag of "
                        + introduced.get());
            }
            return;
        }
        // only the earliest range can be judged by the release before it: a later line's predecessor may be a
        // patch of an earlier, affected or fixed line that carries the cause too
        Optional<Release> before =
                earliest ? below(clone, repo, pkg, scheme, introduced.get(), Optional.empty()) : Optional.empty();
        if (before.isPresent()) {
            for (RevCommit c : in) {
                if (clone.contains(before.get().tag(), c)) {
                    out.add(a.source() + ": " + at + ".introduced: the INTRODUCED change is already in "
                            + before.get().version() + ", before the range starts");
                    return;
                }
            }
        }
    }

    /** Whether {@code range} starts lowest among the package's ranges. */
    private static boolean isEarliest(Affected af, AffectedRange range, VersionScheme scheme) {
        Optional<Version> mine = range.introduced().flatMap(v -> parse(scheme, v));
        if (mine.isEmpty()) return false;
        for (AffectedRange other : af.ranges()) {
            Optional<Version> v = other.introduced().flatMap(x -> parse(scheme, x));
            if (v.isPresent() && v.get().compareTo(mine.get()) < 0) return false;
        }
        return true;
    }

    private static Optional<String> firstIntroduced(Advisory a) {
        return a.affected().stream()
                .flatMap(af -> af.ranges().stream())
                .map(AffectedRange::introduced)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private record Unfound(String type, CommitReference ref) {}

    private record Release(Version version, ObjectId tag) {}

    /** The highest release tagged below {@code version} (and at or above {@code floor}, when given). */
    private Optional<Release> below(
            GitClone clone, String repo, String pkg, VersionScheme scheme, String version, Optional<String> floor)
            throws IOException {
        Version top = parse(scheme, version).orElse(null);
        if (top == null) return Optional.empty();
        Version bottom =
                floor.filter(f -> !f.equals("0")).flatMap(f -> parse(scheme, f)).orElse(null);
        Release best = null;
        for (var t : clone.tags().entrySet()) {
            Optional<Version> v = patterns.version(repo, pkg, t.getKey()).flatMap(s -> parse(scheme, s));
            if (v.isEmpty() || v.get().isPreRelease() || v.get().compareTo(top) >= 0) continue;
            if (bottom != null && v.get().compareTo(bottom) < 0) continue;
            if (best == null || v.get().compareTo(best.version()) > 0) best = new Release(v.get(), t.getValue());
        }
        return Optional.ofNullable(best);
    }

    private Optional<ObjectId> tag(GitClone clone, String repo, String pkg, String version) throws IOException {
        for (String name : patterns.candidates(repo, pkg, version)) {
            ObjectId id = clone.tags().get(name);
            if (id != null) return Optional.of(id);
        }
        return Optional.empty();
    }

    private static Optional<Version> parse(VersionScheme scheme, String text) {
        try {
            return Optional.of(scheme.parse(text));
        } catch (InvalidVersionException e) {
            return Optional.empty();
        }
    }

    private Optional<GitClone> find(CommitReference r) {
        try {
            return GitClone.find(clones, r.owner(), r.name());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
