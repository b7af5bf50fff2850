package dev.upgraderisk.kb.guard;

import dev.upgraderisk.kb.Ecosystem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Ranges as Renovate reads them for each ecosystem's datasource. Maven: Renovate's {@code maven} versioning, which
 * reads a union of Maven intervals (the preset sets that versioning, since Gradle's has no unions). npm: the
 * {@code npm} versioning, npm's own ranges. Go: the {@code go} datasource's {@code semver} versioning takes no ranges,
 * so Renovate reads {@code allowedVersions} and {@code matchCurrentVersion} with npm's semver, which accepts Go's
 * {@code v1.8.10}; npm ranges leave out pre-releases on other version triples.
 */
final class RenovateRanges {
    private RenovateRanges() {}

    static String datasource(Ecosystem ecosystem) {
        return switch (ecosystem) {
            case MAVEN -> "maven";
            case GO -> "go";
            case NPM -> "npm";
        };
    }

    /** Every version outside the windows ({@code allowedVersions}). */
    static String outside(Ecosystem ecosystem, List<AffectedWindow> windows) {
        return write(ecosystem, RangeBounds.gaps(windows));
    }

    /** Every version inside the windows ({@code matchCurrentVersion}). */
    static String inside(Ecosystem ecosystem, List<AffectedWindow> windows) {
        return write(ecosystem, windows.stream().map(RangeBounds::of).toList());
    }

    private static String write(Ecosystem ecosystem, List<RangeBounds> stretches) {
        return switch (ecosystem) {
            case MAVEN -> stretches.stream().map(RangeBounds::maven).collect(Collectors.joining(","));
            case GO, NPM ->
                stretches.stream().map(b -> b.comparators(" ", "", "")).collect(Collectors.joining(" || "));
        };
    }
}
