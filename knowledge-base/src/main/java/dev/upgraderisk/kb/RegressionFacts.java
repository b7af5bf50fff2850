package dev.upgraderisk.kb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The regression-specific facts of an entry, kept in OSV's {@code database_specific}. */
public record RegressionFacts(
        Kind kind,
        Severity severity,
        String trigger,
        String symptom,
        Optional<String> workaround,
        Optional<String> lastKnownGood,
        List<String> packageAliases,
        Confidence confidence,
        List<String> inferred) {
    public RegressionFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(symptom, "symptom");
        Objects.requireNonNull(workaround, "workaround");
        Objects.requireNonNull(lastKnownGood, "lastKnownGood");
        Objects.requireNonNull(confidence, "confidence");
        packageAliases = List.copyOf(packageAliases);
        inferred = List.copyOf(inferred);
    }
}
