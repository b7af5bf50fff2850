package dev.upgraderisk.kb.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a repository names the tag of a release: patterns with {@code {version}}, tried in order. Every repository
 * gets the common ones ({@code v1.2.3}, {@code 1.2.3}, {@code <repo>-1.2.3}, {@code release-1.2.3}, ...); those that
 * name tags their own way are listed in the knowledge base's {@code tag-patterns.yaml}
 * ({@code REL42.5.3}, {@code rel/commons-lang-3.12.0}, {@code jetty-9.4.21.v20190926}, {@code v_1.4.11}).
 */
final class TagPatterns {
    private static final List<String> COMMON = List.of("v{version}", "{version}", "{repo}-{version}",
            "release-{version}", "release/{version}", "rel/{version}", "{repo}-parent-{version}", "r{version}");

    private final Map<String, List<String>> byRepository;

    TagPatterns(Map<String, List<String>> byRepository) {
        this.byRepository = Map.copyOf(byRepository);
    }

    /** Candidate tag names for {@code version} of {@code owner/name}, most specific first. */
    List<String> candidates(String repository, String version) {
        String repo = repository.substring(repository.indexOf('/') + 1);
        List<String> patterns = new ArrayList<>(byRepository.getOrDefault(repository.toLowerCase(Locale.ROOT),
                List.of()));
        patterns.addAll(COMMON);
        List<String> out = new ArrayList<>();
        for (String p : patterns) {
            String tag = p.replace("{repo}", repo).replace("{version}", version);
            if (!out.contains(tag)) out.add(tag);
        }
        return out;
    }

    /** The version a tag names, if one of the patterns fits it. */
    java.util.Optional<String> version(String repository, String tag) {
        String repo = repository.substring(repository.indexOf('/') + 1);
        List<String> patterns = new ArrayList<>(byRepository.getOrDefault(repository.toLowerCase(Locale.ROOT),
                List.of()));
        patterns.addAll(COMMON);
        for (String p : patterns) {
            String[] parts = p.replace("{repo}", repo).split("\\{version}", -1);
            if (parts.length != 2) continue;
            if (tag.startsWith(parts[0]) && tag.endsWith(parts[1]) && tag.length() > parts[0].length() + parts[1].length()) {
                String v = tag.substring(parts[0].length(), tag.length() - parts[1].length());
                if (Character.isDigit(v.charAt(0))) return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }
}
