package dev.upgraderisk.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How sure the entry is of its versions: {@code high} when all come from maintainers or release notes. */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Confidence> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id();
    }
}
