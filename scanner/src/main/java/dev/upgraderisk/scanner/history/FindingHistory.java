package dev.upgraderisk.scanner.history;

import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.rules.Level;
import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.rules.RetractedVersionRule;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.git.RevisionSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * When each known risk came in and when it went away: the manifests of every commit that changed one are scanned
 * (each distinct set of manifests once), oldest first, and each finding's latest unbroken run is traced to the
 * commit that began it. A finding is one entry on one package of one manifest, whatever version carries it.
 */
public final class FindingHistory {
    /** One entry on one package of one manifest. */
    public record Key(String manifest, String pkg, String advisoryId) {}

    /** What a state knows of a finding: the affected version, the severity and the entry's summary. */
    public record Seen(String version, Severity severity, String summary) {}

    /** A finding of HEAD; {@code introducedBy} empty: it was there before the first commit looked at. */
    public record Current(Key key, Seen now, Optional<ManifestCommit> introducedBy, String versionIntroduced) {}

    /** A finding that went away; {@code versionAfter} is the package's version then, empty if it was removed. */
    public record Fixed(
            Key key,
            Seen last,
            Optional<ManifestCommit> introducedBy,
            ManifestCommit fixedBy,
            Optional<String> versionAfter) {}

    /** A commit whose manifests could not be scanned (the findings carry over from the commit before). */
    public record Unscannable(ManifestCommit commit, String error) {}

    public record Result(
            ManifestCommit head,
            int commitsWalked,
            List<ManifestCommit> manifestCommits,
            int statesScanned,
            boolean windowed,
            List<Current> current,
            List<Fixed> fixed,
            List<Unscannable> unscannable) {}

    private record State(Map<Key, Seen> findings, Map<String, String> versions) {
        static final State EMPTY = new State(Map.of(), Map.of());
    }

    private FindingHistory() {}

    public static Result run(Path path, Optional<String> since, int maxCommits, ScanRequest template)
            throws ScanException {
        try (Repository repo = RevisionSnapshot.open(path)) {
            Path absolute = path.toAbsolutePath().normalize();
            Path workTree = repo.isBare()
                    ? null
                    : repo.getWorkTree().toPath().toAbsolutePath().normalize();
            Path within =
                    workTree != null && absolute.startsWith(workTree) ? workTree.relativize(absolute) : Path.of("");
            String prefix = within.toString().replace('\\', '/');
            ManifestCommits.Walk walk = ManifestCommits.of(repo, prefix, since, maxCommits);
            // one policy for every revision (the current one), and only the facts history needs: no advice, no registry
            Policy policy = template.policy().load(absolute).withLevel(RetractedVersionRule.ID, Level.OFF);
            ScanRequest request = template.withPolicy(policy).withoutAdvice();
            Scanner scanner = new Scanner(repo, within, request);

            State prev = State.EMPTY;
            Map<Key, Optional<ManifestCommit>> since0 = new HashMap<>();
            Map<Key, String> firstVersion = new HashMap<>();
            List<Fixed> fixed = new ArrayList<>();
            List<Unscannable> unscannable = new ArrayList<>();
            if (walk.baseline().isPresent()) {
                Optional<State> base = scanner.state(walk.baseline().get(), unscannable);
                prev = base.orElse(State.EMPTY);
                prev.findings().forEach((k, v) -> {
                    since0.put(k, Optional.empty());
                    firstVersion.put(k, v.version());
                });
            }
            for (ManifestCommit c : walk.commits()) {
                Optional<State> scanned = scanner.state(c, unscannable);
                if (scanned.isEmpty()) continue;
                State state = scanned.get();
                for (var e : state.findings().entrySet()) {
                    if (!prev.findings().containsKey(e.getKey())) {
                        since0.put(e.getKey(), Optional.of(c));
                        firstVersion.put(e.getKey(), e.getValue().version());
                    }
                }
                for (var e : prev.findings().entrySet()) {
                    if (!state.findings().containsKey(e.getKey())) {
                        Key k = e.getKey();
                        fixed.add(new Fixed(
                                k,
                                e.getValue(),
                                Optional.ofNullable(since0.remove(k)).flatMap(x -> x),
                                c,
                                Optional.ofNullable(state.versions().get(k.manifest() + "\n" + k.pkg()))));
                    }
                }
                prev = state;
            }
            List<Current> current = new ArrayList<>();
            prev.findings().forEach((k, v) -> current.add(new Current(k, v, since0.get(k), firstVersion.get(k))));
            current.sort(Comparator.comparing((Current c) -> c.key().manifest())
                    .thenComparing(c -> c.key().pkg())
                    .thenComparing(c -> c.key().advisoryId()));
            return new Result(
                    walk.head(),
                    walk.walked(),
                    walk.commits(),
                    scanner.scanned(),
                    walk.baseline().isPresent(),
                    current,
                    fixed,
                    unscannable);
        }
    }

    /** Scans a commit's manifests, once per distinct set of manifests. */
    private static final class Scanner {
        private final Repository repo;
        private final Path within;
        private final ScanRequest request;
        private final ScanEngine engine = new ScanEngine();
        private final Map<String, Optional<State>> byManifests = new HashMap<>();
        private final Map<String, String> errors = new HashMap<>();

        Scanner(Repository repo, Path within, ScanRequest request) {
            this.repo = repo;
            this.within = within;
            this.request = request;
        }

        int scanned() {
            return byManifests.size();
        }

        Optional<State> state(ManifestCommit c, List<Unscannable> unscannable) throws InputException {
            if (!byManifests.containsKey(c.manifestState())) {
                try (RevisionSnapshot snapshot = RevisionSnapshot.of(repo, c.id())) {
                    ScanResult r =
                            engine.scan(request.withTarget(snapshot.folder().resolve(within)));
                    byManifests.put(c.manifestState(), Optional.of(state(r)));
                } catch (ScanException e) {
                    byManifests.put(c.manifestState(), Optional.empty());
                    errors.put(c.manifestState(), e.getMessage());
                }
            }
            Optional<State> s = byManifests.get(c.manifestState());
            if (s.isEmpty()) unscannable.add(new Unscannable(c, errors.get(c.manifestState())));
            return s;
        }

        private static State state(ScanResult r) {
            Map<Key, Seen> findings = new LinkedHashMap<>();
            for (Finding f : r.findings()) {
                if (f.match().isEmpty() || f.informational()) continue;
                var a = f.match().get().advisory();
                findings.putIfAbsent(
                        new Key(f.pkg().manifest(), f.pkg().pkg().name(), a.id()),
                        new Seen(f.pkg().version(), f.severity(), a.summary()));
            }
            Map<String, String> versions = new HashMap<>();
            r.graphs()
                    .forEach(g -> g.nodes()
                            .forEach(n -> versions.putIfAbsent(
                                    g.manifest() + "\n" + n.pkg().name(), n.version())));
            return new State(findings, versions);
        }
    }
}
