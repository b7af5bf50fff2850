package dev.upgraderisk.kb.version;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A SemVer 2.0.0 version, ordered by the specification's precedence rules (build metadata ignored). */
record SemanticVersion(
        String text,
        BigInteger major,
        BigInteger minor,
        BigInteger patch,
        List<String> preRelease,
        String build,
        boolean pseudo)
        implements Version {

    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    /** Go pseudo-version pre-release tails: {@code 20210101000000-abcdef123456}, {@code 0.20210101000000-abc...}. */
    private static final Pattern PSEUDO_TAIL = Pattern.compile("(?:.*\\.)?(?:0\\.)?\\d{14}-[0-9a-f]{12}");

    static SemanticVersion parse(String original, String body) throws InvalidVersionException {
        Matcher m = SEMVER.matcher(body);
        if (!m.matches()) {
            throw new InvalidVersionException(original, "not MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD] (SemVer 2.0.0)");
        }
        List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
        boolean pseudo = m.group(4) != null && PSEUDO_TAIL.matcher(m.group(4)).matches();
        return new SemanticVersion(
                original,
                new BigInteger(m.group(1)),
                new BigInteger(m.group(2)),
                new BigInteger(m.group(3)),
                pre,
                m.group(5) == null ? "" : m.group(5),
                pseudo);
    }

    @Override
    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    @Override
    public int compareTo(Version o) {
        if (!(o instanceof SemanticVersion other)) {
            throw new ClassCastException(
                    "cannot compare a SemVer version with " + o.getClass().getSimpleName());
        }
        int c = major.compareTo(other.major);
        if (c == 0) c = minor.compareTo(other.minor);
        if (c == 0) c = patch.compareTo(other.patch);
        if (c != 0) return c;
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            // a normal version has higher precedence than any of its pre-releases
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
        }
        for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
            c = compareIdentifier(preRelease.get(i), other.preRelease.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    private static int compareIdentifier(String a, String b) {
        boolean an = a.chars().allMatch(Character::isDigit);
        boolean bn = b.chars().allMatch(Character::isDigit);
        if (an && bn) return new BigInteger(a).compareTo(new BigInteger(b));
        if (an) return -1; // numeric identifiers have lower precedence than alphanumeric ones
        if (bn) return 1;
        return a.compareTo(b); // ASCII order
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SemanticVersion other && compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(major, minor, patch, preRelease);
    }

    @Override
    public String toString() {
        return text;
    }
}
