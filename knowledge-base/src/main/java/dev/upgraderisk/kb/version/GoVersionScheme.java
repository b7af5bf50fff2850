package dev.upgraderisk.kb.version;

/**
 * Go module versions: SemVer with a {@code v} prefix ({@code v1.8.10}), pseudo-versions
 * ({@code v0.0.0-20210101000000-abcdef123456}, ordered as pre-releases as Go does) and {@code +incompatible}
 * (build metadata, ignored for ordering). The prefix is optional so that OSV ranges, which omit it, read too.
 * A major-version suffix belongs to the module path ({@code /v2}), not to the version.
 */
public final class GoVersionScheme implements VersionScheme {
    @Override
    public Version parse(String text) throws InvalidVersionException {
        if (text == null || text.isBlank()) {
            throw new InvalidVersionException(String.valueOf(text), "empty");
        }
        String body = text.startsWith("v") ? text.substring(1) : text;
        SemanticVersion v = SemanticVersion.parse(text, body);
        if (!v.build().isEmpty() && !v.build().equals("incompatible")) {
            throw new InvalidVersionException(text, "Go versions carry no build metadata other than +incompatible");
        }
        return v;
    }

    /** True when the version is a pseudo-version (a commit without a tag). */
    public static boolean isPseudoVersion(Version v) {
        return v instanceof SemanticVersion s && s.pseudo();
    }
}
