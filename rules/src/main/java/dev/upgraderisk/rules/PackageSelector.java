package dev.upgraderisk.rules;

import dev.upgraderisk.kb.PackageName;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names packages in a policy: a name, which may hold {@code *} wildcards ({@code org.springframework:*}), and
 * optionally a version, which may end in {@code *} ({@code 1.8.*}). {@code ecosystem} is empty for all.
 */
public record PackageSelector(Optional<String> ecosystem, String name, Optional<String> version) {
    public boolean matches(PackageName pkg, String pkgVersion) {
        if (ecosystem.isPresent()
                && !ecosystem.get().equalsIgnoreCase(pkg.ecosystem().osvName())) return false;
        if (!glob(name, pkg.name())) return false;
        return version.map(v -> glob(v.replaceFirst("^v", ""), pkgVersion.replaceFirst("^v", "")))
                .orElse(true);
    }

    private static boolean glob(String pattern, String value) {
        if (!pattern.contains("*") && !pattern.contains("?")) return pattern.equals(value);
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return value.matches(regex.toString());
    }

    @Override
    public String toString() {
        return ecosystem.map(e -> e + ":").orElse("")
                + name
                + version.map(v -> "@" + v).orElse("");
    }
}
