package dev.upgraderisk.rules;

import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One risk a rule found in one package. {@code match} is the knowledge-base entry behind it, when there is one;
 * {@code fixedVersions} are the versions that end it, lowest first.
 */
public record Finding(String ruleId, Severity severity, PackageFacts pkg, String message,
        Optional<KnowledgeBaseMatch> match, List<String> fixedVersions) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(match, "match");
        fixedVersions = List.copyOf(fixedVersions);
    }
}
