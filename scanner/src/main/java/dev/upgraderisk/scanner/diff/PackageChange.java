package dev.upgraderisk.scanner.diff;

import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one package of one manifest changed between two revisions, and what that does to known risks:
 * {@code introduced} entries affect the new version and not the old, {@code fixed} the reverse, {@code remaining}
 * both. {@code mediationOnly} is true when no manifest declares the change: another dependency moved it.
 * {@code findings} holds the findings behind those ids, for reports that show what each risk is.
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
        List<String> remaining,
        Findings findings) {
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
        Objects.requireNonNull(findings, "findings");
    }

    /**
     * The findings behind the ids: {@code introduced} and {@code remaining} from the head's scan (or, for a risk
     * only the change itself shows, the change rule's finding), {@code fixed} from the base's.
     */
    public record Findings(List<Finding> introduced, List<Finding> fixed, List<Finding> remaining) {
        public Findings {
            introduced = List.copyOf(introduced);
            fixed = List.copyOf(fixed);
            remaining = List.copyOf(remaining);
        }
    }
}
