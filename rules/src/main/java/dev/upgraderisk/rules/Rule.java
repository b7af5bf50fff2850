package dev.upgraderisk.rules;

import java.util.List;

/**
 * One kind of risk. Each rule is one final class with a doc page under {@code docs/rules/<id>.md}; rules are pure
 * functions of the facts and the knowledge base they are given.
 */
public sealed interface Rule
        permits KnownRegressionRule,
                KnownVulnerabilityRule,
                MediatedIntoAffectedRule,
                UnstableVersionRule,
                RenamedPackageRule,
                DeniedPackageRule,
                RetractedVersionRule {
    /** The stable id users see and put in policies ({@code known-regression}). */
    String id();

    /** One line on what the rule finds. */
    String description();

    List<Finding> check(PackageFacts pkg, RuleContext context);

    /** The level the rule has unless a policy sets another. */
    default Level defaultLevel() {
        return Level.ERROR;
    }
}
