package dev.upgraderisk.kb.version;

/** The major version as rules and advice compare it, in every ecosystem: the first numeric field of the text. */
public final class MajorVersion {
    private MajorVersion() {}

    /** {@code v1.8.10} → {@code 1}, {@code 4.1.94.Final} → {@code 4}; empty when the text starts with no number. */
    public static String of(String version) {
        String v = version.startsWith("v") ? version.substring(1) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) end++;
        return v.substring(0, end);
    }
}
