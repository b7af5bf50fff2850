package dev.upgraderisk.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision to accept a risk: findings of advisory or rule {@code id} (optionally only for one package, and one
 * version pattern) are not counted, for the stated {@code reason}, until {@code until} (inclusive) if given. An
 * expired suppression stops applying and is reported. {@code line} is where the policy file declares it.
 */
public record Suppression(
        String id, Optional<PackageSelector> pkg, String reason, Optional<LocalDate> until, String source, int line) {
    public Suppression {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean expiredOn(LocalDate today) {
        return until.map(today::isAfter).orElse(false);
    }

    public boolean covers(Finding f) {
        boolean idMatches = id.equalsIgnoreCase(f.ruleId())
                || f.match()
                        .map(m -> m.advisory().id().equalsIgnoreCase(id)
                                || m.advisory().aliases().stream().anyMatch(id::equalsIgnoreCase))
                        .orElse(false);
        return idMatches
                && pkg.map(p -> p.matches(f.pkg().pkg(), f.pkg().version())).orElse(true);
    }

    /** Where it is declared, for messages: {@code upgrade-risk.yaml:12}. */
    public String location() {
        return source + ":" + line;
    }
}
