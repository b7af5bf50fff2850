package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.PackageName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to move a package: {@code recommendedVersion} is the nearest version above the current one that no known
 * entry affects; {@code skip} lists the versions on the way that are affected, each with its reason;
 * {@code basis} says which versions were considered (the repository's list, or only the KB's fixed versions);
 * {@code viaDirect}, for a transitive package, the release of the direct dependency that brings a safe version;
 * {@code change}, where the build's models were read, the edit that moves it where the build decides its version.
 */
public record UpgradeAdvice(
        PackageName pkg,
        String currentVersion,
        Optional<String> recommendedVersion,
        List<SkippedVersion> skip,
        String basis,
        Optional<DirectUpgrade> viaDirect,
        Optional<BuildChange> change) {
    public UpgradeAdvice {
        skip = List.copyOf(skip);
    }

    public UpgradeAdvice(
            PackageName pkg,
            String currentVersion,
            Optional<String> recommendedVersion,
            List<SkippedVersion> skip,
            String basis,
            Optional<DirectUpgrade> viaDirect) {
        this(pkg, currentVersion, recommendedVersion, skip, basis, viaDirect, Optional.empty());
    }

    public UpgradeAdvice(
            PackageName pkg,
            String currentVersion,
            Optional<String> recommendedVersion,
            List<SkippedVersion> skip,
            String basis) {
        this(pkg, currentVersion, recommendedVersion, skip, basis, Optional.empty(), Optional.empty());
    }

    public UpgradeAdvice withViaDirect(Optional<DirectUpgrade> direct) {
        return new UpgradeAdvice(pkg, currentVersion, recommendedVersion, skip, basis, direct, change);
    }

    public UpgradeAdvice withChange(Optional<BuildChange> buildChange) {
        return new UpgradeAdvice(pkg, currentVersion, recommendedVersion, skip, basis, viaDirect, buildChange);
    }

    /**
     * The text that sets the recommended version where the build decides it: the {@link #change()}'s, else a pin
     * (see {@link OverrideSnippet}).
     */
    public Optional<String> snippet() {
        if (change.isPresent() && recommendedVersion.isPresent()) return change.map(BuildChange::snippet);
        return recommendedVersion.map(v -> OverrideSnippet.of(pkg, v));
    }

    /** The change a fix applies: the one the build's models gave, else the ecosystem's plain way to move. */
    public Optional<BuildChange> changeOrFallback(String manifest) {
        if (change.isPresent()) return change;
        return recommendedVersion.map(v -> BuildChange.fallback(manifest, pkg, v));
    }

    /**
     * A version to avoid: the entries that affect it, or (with no entries) the {@code reason} — withdrawn by its
     * publisher, or younger than {@code --min-age}.
     */
    public record SkippedVersion(String version, List<String> advisoryIds, String reason) {
        public SkippedVersion {
            advisoryIds = List.copyOf(advisoryIds);
            Objects.requireNonNull(reason, "reason");
        }

        public SkippedVersion(String version, List<String> advisoryIds) {
            this(version, advisoryIds, "");
        }

        /** For reports: the entry ids, else the reason. */
        public String why() {
            return advisoryIds.isEmpty() ? reason : String.join(", ", advisoryIds);
        }
    }
}
