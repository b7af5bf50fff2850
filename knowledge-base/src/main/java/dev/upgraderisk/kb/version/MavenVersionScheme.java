package dev.upgraderisk.kb.version;

import org.eclipse.aether.util.version.GenericVersionScheme;

/**
 * Maven's own ordering, the one Maven Resolver uses for mediation and ranges ({@code GenericVersionScheme}):
 * {@code 1.0-alpha1 < 1.0-M1 < 1.0-RC1 < 1.0-SNAPSHOT < 1.0 = 1.0.Final = 1.0-ga < 1.0-sp1 < 1.0.1}.
 */
public final class MavenVersionScheme implements VersionScheme {
    // typed as the API interface: its parseVersion(String) returns Version in every resolver release (1.x and 2.x),
    // while GenericVersionScheme's own return type changed, so the call links under Maven 3.8's resolver too
    private static final org.eclipse.aether.version.VersionScheme SCHEME = new GenericVersionScheme();

    @Override
    public Version parse(String text) throws InvalidVersionException {
        if (text == null || text.isBlank()) {
            throw new InvalidVersionException(String.valueOf(text), "empty");
        }
        if (text.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',' || c == '[' || c == ']'
                || c == '(' || c == ')')) {
            throw new InvalidVersionException(text, "a single version may not contain spaces, commas or brackets");
        }
        try {
            return new MavenVersion(text, SCHEME.parseVersion(text));
        } catch (org.eclipse.aether.version.InvalidVersionSpecificationException e) {
            throw new InvalidVersionException(text, e.getMessage());
        }
    }

    private record MavenVersion(String text, org.eclipse.aether.version.Version delegate) implements Version {
        @Override
        public boolean isPreRelease() {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return lower.endsWith("-snapshot")
                    || lower.matches(".*[.-](alpha|beta|a|b|m|milestone|rc|cr|pre|preview|ea)[.-]?\\d*([.-].*)?");
        }

        @Override
        public int compareTo(Version o) {
            if (!(o instanceof MavenVersion other)) {
                throw new ClassCastException("cannot compare a Maven version with " + o.getClass().getSimpleName());
            }
            return delegate.compareTo(other.delegate);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
