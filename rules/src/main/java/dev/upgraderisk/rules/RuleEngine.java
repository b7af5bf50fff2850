package dev.upgraderisk.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Runs every rule over every package and returns the findings in a stable order. */
public final class RuleEngine {
    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    private static final List<Rule> STANDARD = List.of(
            new KnownRegressionRule(),
            new KnownVulnerabilityRule(),
            new MediatedIntoAffectedRule(),
            new UnstableVersionRule(),
            new RenamedPackageRule(),
            new DeniedPackageRule(),
            new RetractedVersionRule());

    public static RuleEngine standard() {
        return new RuleEngine(STANDARD);
    }

    /** Every built-in rule, for documentation and policy checks. */
    public static List<Rule> builtIn() {
        return STANDARD;
    }

    private static final List<ChangeRule> CHANGE =
            List.of(new UpgradeIntroducesRegressionRule(), new MajorVersionJumpRule());

    /** The rules about changes between two revisions (diff). */
    public static List<ChangeRule> changeRules() {
        return CHANGE;
    }

    /** Every rule id a policy may name. */
    public static Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        STANDARD.forEach(r -> ids.add(r.id()));
        CHANGE.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** The default level of a built-in rule ({@code error} for an id no rule has). */
    public static Level defaultLevel(String ruleId) {
        return STANDARD.stream()
                .filter(r -> r.id().equals(ruleId))
                .map(Rule::defaultLevel)
                .findFirst()
                .or(() -> CHANGE.stream()
                        .filter(r -> r.id().equals(ruleId))
                        .map(ChangeRule::defaultLevel)
                        .findFirst())
                .orElse(Level.ERROR);
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
