package dev.upgraderisk.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a rule's findings do: {@code error} findings fail the run when their severity reaches the threshold;
 * {@code warn} and {@code info} findings are reported but never fail it; {@code off} drops them.
 */
public enum Level {
    ERROR,
    WARN,
    INFO,
    OFF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id();
    }
}
