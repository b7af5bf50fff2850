package dev.upgraderisk.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every rule over every package and returns the findings in a stable order. */
public final class RuleEngine {
    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleEngine standard() {
        return new RuleEngine(List.of(new KnownRegressionRule(), new KnownVulnerabilityRule()));
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Finding> evaluate(List<PackageFacts> packages, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (PackageFacts p : packages) {
            for (Rule r : rules) {
                out.addAll(r.check(p, context));
            }
        }
        out.sort(Comparator.comparing((Finding f) -> f.pkg().manifest())
                .thenComparing(f -> f.pkg().pkg())
                .thenComparing(f -> f.pkg().version())
                .thenComparing(f -> f.match().map(m -> m.advisory().id()).orElse(""))
                .thenComparing(Finding::ruleId));
        return List.copyOf(out);
    }
}
