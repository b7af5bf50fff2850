package dev.upgraderisk.kb.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a repository names the tag of a release: patterns tried in order, the repository's own first (the knowledge
 * base's {@code tag-patterns.tsv}), then the common ones ({@code v1.2.3}, {@code 1.2.3}, {@code <repo>-1.2.3},
 * {@code <package>@1.2.3} for monorepos, ...). Placeholders: {@code {version}}; {@code {version_}} with underscores
 * for dots ({@code REL_5_2_5}); {@code {version-after-major}} without the first number (protobuf-java 3.25.9 is tag
 * {@code v25.9}); {@code {repo}}; {@code {package}} (npm name, Maven artifactId, last element of a Go module path).
 * A Maven version ending in .Final, .RELEASE or .GA is also tried without it.
 */
final class TagPatterns {
    private static final List<String> COMMON = List.of(
            "{package}@{version}", // a monorepo's package tag first: it may also carry old plain tags of another
            // package
            "v{version}",
            "{version}",
            "{repo}-{version}",
            "{package}-{version}",
            "{package}-v{version}",
            "release-{version}",
            "release/{version}",
            "rel/{version}",
            "{repo}-parent-{version}",
            "r{version}");

    private final Map<String, List<String>> byRepository;

    TagPatterns(Map<String, List<String>> byRepository) {
        this.byRepository = Map.copyOf(byRepository);
    }

    private List<String> patterns(String repository) {
        List<String> out = new ArrayList<>(byRepository.getOrDefault(repository.toLowerCase(Locale.ROOT), List.of()));
        out.addAll(COMMON);
        return out;
    }

    /** Candidate tag names for {@code version} of {@code package} in {@code owner/name}, most specific first. */
    List<String> candidates(String repository, String pkg, String version) {
        List<String> versions = new ArrayList<>(List.of(version));
        String plain = version.replaceFirst("(?i)[.-](Final|RELEASE|GA)$", "");
        if (!plain.equals(version)) versions.add(plain);
        List<String> out = new ArrayList<>();
        for (String p : patterns(repository)) {
            for (String v : versions) {
                String tag = fill(p, repository, pkg, v);
                if (!out.contains(tag)) out.add(tag);
            }
        }
        return out;
    }

    /** The version a tag names, if one of the patterns fits it (in the form the entries write). */
    Optional<String> version(String repository, String pkg, String tag) {
        for (String p : patterns(repository)) {
            boolean underscores = p.contains("{version_}");
            if (p.contains("{version-after-major}")) continue; // the major cannot be read back
            String[] parts = fill(p.replace("{version_}", "{version}"), repository, pkg, "\u0000")
                    .split("\u0000", -1);
            if (parts.length != 2
                    || !tag.startsWith(parts[0])
                    || !tag.endsWith(parts[1])
                    || tag.length() <= parts[0].length() + parts[1].length()) {
                continue;
            }
            String v = tag.substring(parts[0].length(), tag.length() - parts[1].length());
            if (underscores) v = v.replace('_', '.');
            if (v.matches("\\d+(\\.\\d+)+([.-][A-Za-z0-9.-]+)?")) return Optional.of(v); // not 4.x, not a date
        }
        return Optional.empty();
    }

    private static String fill(String pattern, String repository, String pkg, String version) {
        String repo = repository.substring(repository.indexOf('/') + 1);
        int dot = version.indexOf('.');
        String afterMajor = dot < 0 ? version : version.substring(dot + 1);
        return pattern.replace("{repo}", repo)
                .replace("{package}", pkg)
                .replace("{version_}", version.replace('.', '_'))
                .replace("{version-after-major}", afterMajor)
                .replace("{version}", version);
    }
}
