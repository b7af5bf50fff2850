package dev.upgraderisk.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How bad an entry is, by the rubric in {@code knowledge-base/SCHEMA.md}. Ordered from least to most severe. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Severity> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id();
    }
}
