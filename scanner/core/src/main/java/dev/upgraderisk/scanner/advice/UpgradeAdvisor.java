package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.MajorVersion;
import dev.upgraderisk.kb.version.Version;
import dev.upgraderisk.kb.version.VersionScheme;
import dev.upgraderisk.rules.Withdrawal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Picks the version to move to. Only entries at or above the threshold count. For a version that is affected: the
 * nearest release above it that no entry affects (the smallest change that ends the risk). For a version that is
 * not: the newest release of the same major that no entry affects, so that advice never walks into a known-bad
 * window on the way. Candidates come from the repository's version list; when that cannot be read (offline, no
 * metadata), from the fixed versions the entries name. A pre-release (or snapshot) in use gets the nearest stable
 * release no entry affects; pre-releases are advised only when the current version is one and no stable release fits.
 */
public final class UpgradeAdvisor {
    private final KnowledgeBase kb;
    private final VersionSource versions;
    private final Severity threshold;
    private final Optional<Duration> minAge;
    private final Instant now;

    public UpgradeAdvisor(KnowledgeBase kb, VersionSource versions, Severity threshold) {
        this(kb, versions, threshold, Optional.empty(), Instant.now());
    }

    /**
     * With {@code minAge}, releases published less than that before {@code now} are skipped, where the registry
     * gives publication times (the Go proxy and the npm registry do; Maven repositories do not).
     */
    public UpgradeAdvisor(
            KnowledgeBase kb, VersionSource versions, Severity threshold, Optional<Duration> minAge, Instant now) {
        this.kb = kb;
        this.versions = versions;
        this.threshold = threshold;
        this.minAge = minAge;
        this.now = now;
    }

    public UpgradeAdvisor(KnowledgeBase kb, VersionSource versions) {
        this(kb, versions, Severity.LOW);
    }

    public UpgradeAdvice advise(String manifest, PackageName pkg, String current) {
        VersionScheme scheme = pkg.ecosystem().versionScheme();
        Version now;
        try {
            now = scheme.parse(current);
        } catch (InvalidVersionException e) {
            return new UpgradeAdvice(pkg, current, Optional.empty(), List.of(), "current version unreadable");
        }
        List<String> listed = versions.versions(manifest, pkg);
        String basis = listed.isEmpty()
                ? "fixed versions named by the knowledge base (no version list was available)"
                : versions.describe(pkg.ecosystem());
        List<String> pool = listed.isEmpty() ? fixedVersions(pkg) : listed;
        Choice choice = choose(pkg, scheme, pool, now, current, false);
        if (choice.recommended().isEmpty() && now.isPreRelease()) {
            choice = choose(pkg, scheme, pool, now, current, true); // no stable release will do: the next pre-release
        }
        UpgradeAdvice advice = new UpgradeAdvice(pkg, current, choice.recommended(), choice.skip(), basis);
        if (choice.recommended().isEmpty() || !(versions instanceof BuildChangeSource changes)) return advice;
        return advice.withChange(
                changes.change(manifest, pkg, current, choice.recommended().get()));
    }

    private record Choice(Optional<String> recommended, List<UpgradeAdvice.SkippedVersion> skip) {}

    /**
     * Walks the releases above {@code now} (of the same flavour; pre-releases only with {@code preReleases}). An
     * affected or unstable current version gets the nearest clean one; any other the newest clean one of its major.
     */
    private Choice choose(
            PackageName pkg,
            VersionScheme scheme,
            List<String> pool,
            Version now,
            String current,
            boolean preReleases) {
        TreeMap<Version, String> candidates = new TreeMap<>();
        for (String v : pool) {
            try {
                Version parsed = scheme.parse(v);
                if (parsed.compareTo(now) > 0
                        && (preReleases || !parsed.isPreRelease())
                        && flavour(v).equals(flavour(current))) {
                    candidates.put(parsed, v);
                }
            } catch (InvalidVersionException ignored) {
                // repositories list odd versions now and then; they are never recommended
            }
        }
        boolean affected = !relevant(pkg, now).isEmpty();
        boolean nearest = affected || now.isPreRelease();
        List<UpgradeAdvice.SkippedVersion> skip = new ArrayList<>();
        Optional<String> recommended = Optional.empty();
        String major = majorOf(current);
        for (var e : candidates.entrySet()) {
            List<KnowledgeBaseMatch> matches = relevant(pkg, e.getKey());
            if (!matches.isEmpty()) {
                skip.add(new UpgradeAdvice.SkippedVersion(
                        e.getValue(),
                        matches.stream().map(m -> m.advisory().id()).distinct().toList()));
                continue;
            }
            Optional<String> unfit = withdrawnOrTooYoung(pkg, e.getValue());
            if (unfit.isPresent()) {
                skip.add(new UpgradeAdvice.SkippedVersion(e.getValue(), List.of(), unfit.get()));
                continue;
            }
            if (nearest) {
                recommended = Optional.of(e.getValue());
                break;
            }
            if (majorOf(e.getValue()).equals(major)) {
                recommended = Optional.of(e.getValue()); // keep going: the newest clean one of the same major
            }
        }
        if (!affected) {
            // only the known-bad versions on the way to the recommendation are worth naming
            Optional<String> chosen = recommended;
            skip.removeIf(s -> chosen.isEmpty() || scheme.compare(s.version(), chosen.get()) > 0);
        }
        return new Choice(recommended, List.copyOf(skip));
    }

    /** Why a version no entry affects is still not advised: its publisher withdrew it, or it is too new. */
    private Optional<String> withdrawnOrTooYoung(PackageName pkg, String version) {
        Optional<Withdrawal> w = versions.withdrawal(pkg, version);
        if (w.isPresent()) return Optional.of(w.get().kind().description());
        if (minAge.isEmpty()) return Optional.empty();
        return versions.released(pkg, version)
                .filter(t -> t.isAfter(now.minus(minAge.get())))
                .map(t -> "published " + t.toString().substring(0, 10) + ", less than "
                        + minAge.get().toDays() + " days ago (--min-age)");
    }

    /** Advice for a transitive package, with the release of its direct dependency that ends the risk, if found. */
    public UpgradeAdvice advise(
            String manifest,
            PackageName pkg,
            String current,
            PackageName direct,
            String directVersion,
            Optional<DirectUpgradeSource> directs) {
        UpgradeAdvice advice = advise(manifest, pkg, current);
        if (directs.isEmpty() || direct.equals(pkg)) return advice;
        VersionScheme scheme = pkg.ecosystem().versionScheme();
        return advice.withViaDirect(directs.get().find(manifest, direct, directVersion, pkg, v -> {
            try {
                return relevant(pkg, scheme.parse(v)).isEmpty();
            } catch (InvalidVersionException e) {
                return false;
            }
        }));
    }

    private List<KnowledgeBaseMatch> relevant(PackageName pkg, Version v) {
        return kb.match(pkg, v).stream()
                .filter(m -> m.advisory().facts().severity().isAtLeast(threshold))
                .toList();
    }

    /**
     * What follows the numbers of a Maven version, when it names a flavour rather than a release stage: Guava's
     * {@code -jre} and {@code -android} are different builds, so advice stays within the flavour in use.
     */
    static String flavour(String version) {
        String tail = version.replaceFirst("^v?[0-9]+(\\.[0-9]+)*", "").toLowerCase(Locale.ROOT);
        return tail.matches("[-.](jre|android|java[0-9]*|jdk[0-9]*)") ? tail.substring(1) : "";
    }

    static String majorOf(String version) {
        return MajorVersion.of(version);
    }

    private List<String> fixedVersions(PackageName pkg) {
        List<String> out = new ArrayList<>();
        for (Advisory a : kb.advisoriesFor(pkg)) {
            a.affected().forEach(af -> out.addAll(af.fixedVersions()));
        }
        return out;
    }
}
