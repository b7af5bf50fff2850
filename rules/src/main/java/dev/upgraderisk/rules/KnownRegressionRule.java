package dev.upgraderisk.rules;

import dev.upgraderisk.kb.Origin;
import java.util.List;

/** {@code known-regression}: the resolved version lies in the affected range of a curated regression entry. */
public final class KnownRegressionRule implements Rule {
    public static final String ID = "known-regression";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "the resolved version is affected by a known regression in the knowledge base";
    }

    @Override
    public List<Finding> check(PackageFacts pkg, RuleContext context) {
        return AdvisoryMatches.findings(ID, Origin.CURATED, pkg, context);
    }
}
