package dev.upgraderisk.kb.guard;

import dev.upgraderisk.kb.Ecosystem;

/**
 * An affected window as Dependabot's {@code ignore.versions} reads it, in each package manager's own notation:
 * Maven intervals ({@code [1.0,2.0)}), npm ranges ({@code >=1.0.0 <2.0.0}), and for Go comma-separated comparators
 * ({@code >= 1.0.0, < 2.0.0}; a bare Go version would be read as a caret range, so one version is {@code = 1.0.0}).
 */
final class DependabotRanges {
    private DependabotRanges() {}

    static String packageEcosystem(Ecosystem ecosystem) {
        return switch (ecosystem) {
            case MAVEN -> "maven";
            case GO -> "gomod";
            case NPM -> "npm";
        };
    }

    static String versions(Ecosystem ecosystem, AffectedWindow window) {
        RangeBounds bounds = RangeBounds.of(window);
        return switch (ecosystem) {
            case MAVEN -> bounds.maven();
            case GO -> bounds.comparators(", ", " ", "= ");
            case NPM -> bounds.comparators(" ", "", "");
        };
    }
}
