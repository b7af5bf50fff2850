package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.PackageName;

/**
 * The exact text that pins a package to a version where the build decides it: a {@code <dependencyManagement>}
 * entry (Maven), a {@code require} line for go.mod, an {@code overrides} entry for package.json.
 */
public final class OverrideSnippet {
    private OverrideSnippet() {}

    public static String of(PackageName pkg, String version) {
        return switch (pkg.ecosystem()) {
            case MAVEN -> {
                String[] ga = pkg.name().split(":", 2);
                yield MavenSnippets.managed(ga[0], ga[1], version, false);
            }
            case GO ->
                "require " + pkg.name() + " " + (version.startsWith("v") ? version : "v" + version) + "\n// or: go get "
                        + pkg.name() + "@" + (version.startsWith("v") ? version : "v" + version);
            case NPM -> "\"overrides\": {\n  \"" + pkg.name() + "\": \"" + version + "\"\n}";
        };
    }
}
