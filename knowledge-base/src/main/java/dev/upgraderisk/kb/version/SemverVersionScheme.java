package dev.upgraderisk.kb.version;

/** SemVer 2.0.0, as npm writes versions ({@code 1.2.3}, {@code 2.0.0-rc.1}); a leading {@code v} is tolerated. */
public final class SemverVersionScheme implements VersionScheme {
    @Override
    public Version parse(String text) throws InvalidVersionException {
        if (text == null || text.isBlank()) {
            throw new InvalidVersionException(String.valueOf(text), "empty");
        }
        String body = text.startsWith("v") ? text.substring(1) : text;
        return SemanticVersion.parse(text, body);
    }
}
