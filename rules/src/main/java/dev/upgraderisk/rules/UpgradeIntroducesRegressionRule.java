package dev.upgraderisk.rules;

import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.version.InvalidVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code upgrade-introduces-regression}: the change moves a package to a version that an entry (or an imported
 * advisory) affects, while the version before was not affected by it.
 */
public final class UpgradeIntroducesRegressionRule implements ChangeRule {
    public static final String ID = "upgrade-introduces-regression";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "the change moves a package onto a version that a known entry affects, and the old one was not";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public List<Finding> check(PackageChangeFacts change, RuleContext context) {
        if (change.after().isEmpty()) return List.of();
        List<KnowledgeBaseMatch> after = matches(change, change.after().get(), context);
        Set<String> before = change.before()
                .map(v -> matches(change, v, context).stream()
                        .map(m -> m.advisory().id())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        List<Finding> out = new ArrayList<>();
        for (KnowledgeBaseMatch m : after) {
            if (before.contains(m.advisory().id())) continue;
            out.add(new Finding(
                    ID,
                    m.advisory().facts().severity(),
                    change.asPackage(),
                    change.before().map(v -> "moving from " + v + " to ").orElse("adding ")
                            + change.after().get() + " brings in "
                            + m.advisory().id() + ": " + m.advisory().summary(),
                    Optional.of(m),
                    m.affected().fixedVersions()));
        }
        return out;
    }

    private static List<KnowledgeBaseMatch> matches(PackageChangeFacts change, String version, RuleContext context) {
        try {
            return context.knowledgeBase()
                    .match(
                            change.pkg(),
                            change.pkg().ecosystem().versionScheme().parse(version));
        } catch (InvalidVersionException e) {
            return List.of();
        }
    }
}
