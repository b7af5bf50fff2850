package dev.upgraderisk.rules;

import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.version.GoVersionScheme;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.Version;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code unstable-version}: a SNAPSHOT, a pre-release (alpha, beta, milestone, release candidate), or a Go
 * pseudo-version, which names a commit rather than a release.
 */
public final class UnstableVersionRule implements Rule {
    public static final String ID = "unstable-version";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "the resolved version is a SNAPSHOT, a pre-release or a Go pseudo-version";
    }

    @Override
    public Level defaultLevel() {
        return Level.INFO;
    }

    @Override
    public List<Finding> check(PackageFacts pkg, RuleContext context) {
        if (pkg.pkg().name().equals("stdlib")) return List.of();
        Version v;
        try {
            v = pkg.pkg().ecosystem().versionScheme().parse(pkg.version());
        } catch (InvalidVersionException e) {
            return List.of();
        }
        String what;
        if (GoVersionScheme.isPseudoVersion(v)) {
            what = "a Go pseudo-version: a commit, not a tagged release";
        } else if (pkg.version().toUpperCase(Locale.ROOT).endsWith("-SNAPSHOT")) {
            what = "a SNAPSHOT: its content can change under the same version";
        } else if (v.isPreRelease()) {
            what = "a pre-release";
        } else {
            return List.of();
        }
        return List.of(new Finding(ID, Severity.LOW, pkg, pkg.version() + " is " + what, Optional.empty(), List.of()));
    }
}
