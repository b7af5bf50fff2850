package dev.upgraderisk.rules;

import dev.upgraderisk.kb.Severity;
import java.util.Objects;

/**
 * What fails a run: findings at or above {@code failOn}. (Per-rule levels and suppressions arrive with the policy
 * file; see issue 5.)
 */
public record Policy(Severity failOn) {
    public Policy {
        Objects.requireNonNull(failOn, "failOn");
    }

    public static Policy defaults() {
        return new Policy(Severity.LOW);
    }

    public boolean fails(Finding f) {
        return f.severity().isAtLeast(failOn);
    }
}
