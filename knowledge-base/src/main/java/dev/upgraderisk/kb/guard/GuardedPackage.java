package dev.upgraderisk.kb.guard;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Ecosystem;
import java.util.List;
import java.util.Objects;

/**
 * A package a bot should not be allowed to upgrade into a known regression: every name it is published under (the
 * entry's name first), the affected windows of all its advisories (sorted, overlapping ones joined), and each
 * advisory with its own windows.
 */
public record GuardedPackage(
        Ecosystem ecosystem, List<String> names, List<AffectedWindow> windows, List<AdvisoryWindows> advisories) {
    public GuardedPackage {
        Objects.requireNonNull(ecosystem, "ecosystem");
        names = List.copyOf(names);
        windows = List.copyOf(windows);
        advisories = List.copyOf(advisories);
        if (names.isEmpty() || windows.isEmpty() || advisories.isEmpty()) {
            throw new IllegalArgumentException("a guarded package needs a name, a window and an advisory");
        }
    }

    /** The name the knowledge base files it under. */
    public String name() {
        return names.get(0);
    }

    /** The advisories alone, by id. */
    public List<Advisory> advisoryList() {
        return advisories.stream().map(AdvisoryWindows::advisory).toList();
    }

    /** True when every version of the package is affected (no version is safe to propose). */
    public boolean everyVersionAffected() {
        return windows.size() == 1 && windows.get(0).isEverything();
    }
}
