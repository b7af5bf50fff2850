package dev.upgraderisk.kb.version;

/** How one ecosystem writes and orders versions. */
public sealed interface VersionScheme permits MavenVersionScheme, SemverVersionScheme, GoVersionScheme {
    Version parse(String text) throws InvalidVersionException;

    /** Compares two valid versions; throws {@link IllegalArgumentException} if either is invalid. */
    default int compare(String a, String b) {
        return parseValid(a).compareTo(parseValid(b));
    }

    /** Parses a version known to be valid (for example one that a loader has already checked). */
    default Version parseValid(String text) {
        try {
            return parse(text);
        } catch (InvalidVersionException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
