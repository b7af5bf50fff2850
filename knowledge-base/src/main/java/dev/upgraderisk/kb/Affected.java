package dev.upgraderisk.kb;

import dev.upgraderisk.kb.version.Version;
import java.util.List;
import java.util.Objects;

/** The versions of one package that an advisory affects: OSV ranges plus an explicit list. */
public record Affected(PackageName pkg, List<AffectedRange> ranges, List<String> versions) {
    public Affected {
        Objects.requireNonNull(pkg, "pkg");
        ranges = List.copyOf(ranges);
        versions = List.copyOf(versions);
    }

    public boolean contains(Version version) {
        var scheme = pkg.ecosystem().versionScheme();
        for (String v : versions) {
            if (scheme.parseValid(v).compareTo(version) == 0) {
                return true;
            }
        }
        return ranges.stream().anyMatch(r -> r.contains(version, scheme));
    }

    /** Every fixed version named by this package's ranges, lowest first. */
    public List<String> fixedVersions() {
        var scheme = pkg.ecosystem().versionScheme();
        return ranges.stream()
                .flatMap(r -> r.fixedVersions().stream())
                .distinct()
                .sorted((a, b) -> scheme.compare(a, b))
                .toList();
    }
}
