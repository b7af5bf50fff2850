package dev.upgraderisk.rules;

import dev.upgraderisk.kb.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What counts and what fails: the threshold ({@code fail-on}), a level per rule, packages that are allowed (never
 * reported) or denied (always reported), and suppressions with a reason and an optional expiry. {@code source}
 * names the file it came from ({@code upgrade-risk.yaml}), or {@code defaults}.
 */
public record Policy(
        Severity failOn,
        Map<String, Level> levels,
        List<PackageSelector> allow,
        List<PackageSelector> deny,
        List<Suppression> suppressions,
        String source) {
    public Policy {
        Objects.requireNonNull(failOn, "failOn");
        levels = Map.copyOf(levels);
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
        suppressions = List.copyOf(suppressions);
    }

    public Policy(Severity failOn) {
        this(failOn, Map.of(), List.of(), List.of(), List.of(), "defaults");
    }

    public static Policy defaults() {
        return new Policy(Severity.LOW);
    }

    /** This policy with {@code ruleId} at {@code level}. */
    public Policy withLevel(String ruleId, Level level) {
        Map<String, Level> more = new HashMap<>(levels);
        more.put(ruleId, level);
        return new Policy(failOn, more, allow, deny, suppressions, source);
    }

    public Policy withFailOn(Severity threshold) {
        return new Policy(threshold, levels, allow, deny, suppressions, source);
    }

    /** The level of a rule: as the policy sets it, else the rule's own default. */
    public Level levelOf(Rule rule) {
        return levels.getOrDefault(rule.id(), rule.defaultLevel());
    }

    public Level levelOf(String ruleId) {
        return levels.getOrDefault(ruleId, RuleEngine.defaultLevel(ruleId));
    }

    /** True when this finding, at its rule's level, fails the run (suppressions aside). */
    public boolean fails(Finding f) {
        return !f.informational()
                && levelOf(f.ruleId()) == Level.ERROR
                && f.severity().isAtLeast(failOn);
    }
}
