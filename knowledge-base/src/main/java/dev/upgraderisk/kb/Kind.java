package dev.upgraderisk.kb;

import java.util.Arrays;
import java.util.Optional;

/** What kind of harm a regression does. */
public enum Kind {
    LEAK("leak"),
    PERFORMANCE("performance"),
    CRASH("crash"),
    DEADLOCK("deadlock"),
    BEHAVIOUR_CHANGE("behaviour-change"),
    CORRECTNESS("correctness"),
    STARTUP("startup"),
    SECURITY("security");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Kind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
