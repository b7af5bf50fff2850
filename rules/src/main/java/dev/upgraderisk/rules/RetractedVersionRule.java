package dev.upgraderisk.rules;

import dev.upgraderisk.kb.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code retracted-version}: the resolved version was withdrawn by its own publisher — retracted in the Go module's
 * latest go.mod, or deprecated on the npm registry. Known only where the registry could be asked (see the scan's
 * notes); the scanner asks about direct dependencies.
 */
public final class RetractedVersionRule implements Rule {
    public static final String ID = "retracted-version";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "the resolved version was retracted (Go) or deprecated (npm) by its publisher";
    }

    @Override
    public Level defaultLevel() {
        return Level.WARN;
    }

    @Override
    public List<Finding> check(PackageFacts pkg, RuleContext context) {
        Optional<Withdrawal> w = context.withdrawn().find(pkg.pkg(), pkg.version());
        if (w.isEmpty()) return List.of();
        Withdrawal withdrawal = w.get();
        String reason = withdrawal.reason().isBlank()
                ? "no reason given"
                : "\"" + withdrawal.reason().strip() + "\"";
        Severity severity = withdrawal.kind() == Withdrawal.Kind.RETRACTED ? Severity.MEDIUM : Severity.LOW;
        return List.of(new Finding(
                ID,
                severity,
                pkg,
                pkg.version() + " is " + withdrawal.kind().description() + ": " + reason + " (" + withdrawal.source()
                        + ")",
                Optional.empty(),
                List.of()));
    }
}
