package dev.upgraderisk.rules;

import java.util.List;

/**
 * A rule about a change between two revisions rather than about one resolved graph ({@code upgrade-risk diff}).
 * Like {@link Rule}: one final class each, a doc page under {@code docs/rules/<id>.md}.
 */
public sealed interface ChangeRule permits UpgradeIntroducesRegressionRule, MajorVersionJumpRule {
    String id();

    String description();

    Level defaultLevel();

    List<Finding> check(PackageChangeFacts change, RuleContext context);
}
