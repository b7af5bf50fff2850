package dev.upgraderisk.rules;

import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The findings of one rule that reports every advisory of one origin affecting the resolved version. */
final class AdvisoryMatches {
    private AdvisoryMatches() {}

    static List<Finding> findings(String ruleId, Origin origin, PackageFacts pkg, RuleContext context) {
        Version version;
        try {
            version = pkg.pkg().ecosystem().versionScheme().parse(pkg.version());
        } catch (InvalidVersionException e) {
            return List.of(); // a version no scheme can read cannot lie in any range
        }
        List<Finding> out = new ArrayList<>();
        for (KnowledgeBaseMatch m : context.knowledgeBase().match(pkg.pkg(), version)) {
            if (m.advisory().origin() != origin) continue;
            String what = origin == Origin.OSV
                    ? "security"
                    : m.advisory().facts().kind().id();
            out.add(new Finding(
                    ruleId,
                    m.advisory().facts().severity(),
                    pkg,
                    what + ": " + m.advisory().summary(),
                    Optional.of(m),
                    m.affected().fixedVersions()));
        }
        return out;
    }
}
