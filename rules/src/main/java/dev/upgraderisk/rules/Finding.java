package dev.upgraderisk.rules;

import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One risk a rule found in one package. {@code match} is the knowledge-base entry behind it, when there is one;
 * {@code fixedVersions} are the versions that end it, lowest first. An {@code informational} finding is reported
 * but never fails a run, whatever its rule's level (for example: mediation kept you off an affected version).
 */
public record Finding(
        String ruleId,
        Severity severity,
        PackageFacts pkg,
        String message,
        Optional<KnowledgeBaseMatch> match,
        List<String> fixedVersions,
        boolean informational) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(match, "match");
        fixedVersions = List.copyOf(fixedVersions);
    }

    public Finding(
            String ruleId,
            Severity severity,
            PackageFacts pkg,
            String message,
            Optional<KnowledgeBaseMatch> match,
            List<String> fixedVersions) {
        this(ruleId, severity, pkg, message, match, fixedVersions, false);
    }

    /** Where a finding comes from: an advisory the package's version lies in, or another rule of the policy. */
    public enum Source {
        /** known-regression or known-vulnerability: the report shows the entry (its id, links, fix). */
        ADVISORY,
        /** any other rule; a rule may still name an entry ({@code match}) as its reason, such as mediation. */
        RULE
    }

    /** Decided here and nowhere else. */
    public Source source() {
        boolean advisoryRule = ruleId.equals(KnownRegressionRule.ID) || ruleId.equals(KnownVulnerabilityRule.ID);
        return advisoryRule && match.isPresent() ? Source.ADVISORY : Source.RULE;
    }
}
