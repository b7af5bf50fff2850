package dev.upgraderisk.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Applies a policy to findings: levels, allow entries, suppressions (with expiry), and the threshold. */
public final class PolicyEvaluator {
    private PolicyEvaluator() {}

    public static PolicyReport evaluate(Policy policy, List<Finding> findings, LocalDate today) {
        List<Judgement> out = new ArrayList<>();
        Set<Suppression> used = new LinkedHashSet<>();
        List<Suppression> expired =
                policy.suppressions().stream().filter(s -> s.expiredOn(today)).toList();
        for (Finding f : findings) {
            Level level = policy.levelOf(f.ruleId());
            if (level == Level.OFF) continue;
            Optional<String> because = Optional.empty();
            Optional<PackageSelector> allowed = policy.allow().stream()
                    .filter(a -> a.matches(f.pkg().pkg(), f.pkg().version()))
                    .findFirst();
            if (allowed.isPresent() && !f.ruleId().equals(DeniedPackageRule.ID)) {
                because = Optional.of("allowed by the policy (" + allowed.get() + ")");
            } else {
                for (Suppression s : policy.suppressions()) {
                    if (!s.covers(f)) continue;
                    used.add(s);
                    if (!s.expiredOn(today)) {
                        because = Optional.of(s.reason()
                                + s.until().map(u -> " (until " + u + ")").orElse("") + " [" + s.location() + "]");
                        break;
                    }
                }
            }
            out.add(new Judgement(f, level, because, because.isEmpty() && policy.fails(f)));
        }
        List<Suppression> unused =
                policy.suppressions().stream().filter(s -> !used.contains(s)).toList();
        return new PolicyReport(policy, out, expired, unused);
    }
}
