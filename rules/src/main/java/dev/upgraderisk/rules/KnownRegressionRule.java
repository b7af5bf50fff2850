package dev.upgraderisk.rules;

import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        Version version;
        try {
            version = pkg.pkg().ecosystem().versionScheme().parse(pkg.version());
        } catch (InvalidVersionException e) {
            return List.of(); // a version no scheme can read cannot lie in any range
        }
        List<Finding> out = new ArrayList<>();
        for (KnowledgeBaseMatch m : context.knowledgeBase().match(pkg.pkg(), version)) {
            if (m.advisory().origin() != Origin.CURATED) continue; // security advisories: known-vulnerability
            var facts = m.advisory().facts();
            String message = facts.kind() + ": " + m.advisory().summary();
            out.add(new Finding(ID, facts.severity(), pkg, message, Optional.of(m), m.affected().fixedVersions()));
        }
        return out;
    }
}
