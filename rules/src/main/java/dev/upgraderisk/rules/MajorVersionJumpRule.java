package dev.upgraderisk.rules;

import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.version.MajorVersion;
import java.util.List;
import java.util.Optional;

/**
 * {@code major-version-jump}: the change moves a package to another major version (1.x → 2.x; for Go,
 * {@code v0} → {@code v1} as well), where breaking changes are allowed.
 */
public final class MajorVersionJumpRule implements ChangeRule {
    public static final String ID = "major-version-jump";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "the change moves a package to another major version";
    }

    @Override
    public Level defaultLevel() {
        return Level.INFO;
    }

    @Override
    public List<Finding> check(PackageChangeFacts change, RuleContext context) {
        if (change.before().isEmpty() || change.after().isEmpty()) return List.of();
        String from = major(change.before().get());
        String to = major(change.after().get());
        if (from.isEmpty() || to.isEmpty() || from.equals(to)) return List.of();
        return List.of(new Finding(
                ID,
                Severity.LOW,
                change.asPackage(),
                change.pkg().name() + " moves from major "
                        + from + " to major " + to + " (" + change.before().get() + " -> "
                        + change.after().get()
                        + "): read its migration notes",
                Optional.empty(),
                List.of()));
    }

    static String major(String version) {
        return MajorVersion.of(version);
    }
}
