package dev.upgraderisk.rules;

import java.util.Optional;

/**
 * A finding as the policy judged it: its rule's level, whether a suppression or an allow entry covers it (and why),
 * and whether it fails the run.
 */
public record Judgement(Finding finding, Level level, Optional<String> suppressedBecause, boolean failing) {
    public boolean suppressed() {
        return suppressedBecause.isPresent();
    }
}
