package dev.upgraderisk.scanner.diff;

import dev.upgraderisk.kb.PackageName;
import java.util.List;
import java.util.Optional;

/**
 * How one package of one manifest changed between two revisions, and what that does to known risks:
 * {@code introduced} entries affect the new version and not the old, {@code fixed} the reverse, {@code remaining}
 * both. {@code mediationOnly} is true when no manifest declares the change: another dependency moved it.
 */
public record PackageChange(
        String manifest,
        PackageName pkg,
        Kind kind,
        Optional<String> before,
        Optional<String> after,
        boolean direct,
        boolean mediationOnly,
        boolean majorJump,
        List<String> introduced,
        List<String> fixed,
        List<String> remaining) {
    public enum Kind {
        ADDED,
        REMOVED,
        UPGRADED,
        DOWNGRADED,
        CHANGED,
        UNCHANGED
    }

    public PackageChange {
        introduced = List.copyOf(introduced);
        fixed = List.copyOf(fixed);
        remaining = List.copyOf(remaining);
    }
}
