package dev.upgraderisk.rules;

import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Optional;

/** {@code denied-package}: the policy's {@code deny} list names this package (or this version of it). */
public final class DeniedPackageRule implements Rule {
    public static final String ID = "denied-package";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "the policy denies this package or version";
    }

    @Override
    public List<Finding> check(PackageFacts pkg, RuleContext context) {
        return context.policy().deny().stream()
                .filter(d -> d.matches(pkg.pkg(), pkg.version()))
                .findFirst()
                .map(d -> List.of(new Finding(
                        ID, Severity.HIGH, pkg, "denied by the policy (" + d + ")", Optional.empty(), List.of())))
                .orElse(List.of());
    }
}
