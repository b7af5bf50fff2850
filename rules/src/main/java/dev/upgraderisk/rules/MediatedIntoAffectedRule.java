package dev.upgraderisk.rules;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseMatch;
import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code mediated-into-affected}: some path asked for a version that no entry affects, but mediation (nearest
 * wins, or Go's highest wins) picked one that is affected. The reverse — mediation picked a safe version although
 * some path asked for an affected one — is reported as information.
 */
public final class MediatedIntoAffectedRule implements Rule {
    public static final String ID = "mediated-into-affected";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "mediation picked an affected version although a path requested a safe one (or the reverse)";
    }

    @Override
    public Level defaultLevel() {
        return Level.WARN;
    }

    @Override
    public List<Finding> check(PackageFacts pkg, RuleContext context) {
        if (pkg.lostRequests().isEmpty()) return List.of();
        KnowledgeBase kb = context.knowledgeBase();
        List<KnowledgeBaseMatch> winner = matches(kb, pkg, pkg.version());
        List<Finding> out = new ArrayList<>();
        for (MediatedRequest lost : pkg.lostRequests()) {
            List<KnowledgeBaseMatch> requested = matches(kb, pkg, lost.requestedVersion());
            if (!winner.isEmpty() && requested.isEmpty()) {
                KnowledgeBaseMatch worst = winner.stream()
                        .max(Comparator.comparing(m -> m.advisory().facts().severity()))
                        .orElseThrow();
                out.add(new Finding(
                        ID,
                        worst.advisory().facts().severity(),
                        pkg,
                        lost.path() + " asked for "
                                + lost.requestedVersion() + ", which no entry affects, but mediation picked "
                                + pkg.version()
                                + " (" + worst.advisory().id() + ")",
                        Optional.of(worst),
                        worst.affected().fixedVersions()));
            } else if (winner.isEmpty() && !requested.isEmpty()) {
                out.add(new Finding(
                        ID,
                        Severity.LOW,
                        pkg,
                        lost.path() + " asked for " + lost.requestedVersion()
                                + " (" + requested.get(0).advisory().id() + "), but mediation picked " + pkg.version()
                                + ", which no entry affects",
                        Optional.of(requested.get(0)),
                        List.of(),
                        true));
            }
        }
        return out;
    }

    private static List<KnowledgeBaseMatch> matches(KnowledgeBase kb, PackageFacts pkg, String version) {
        try {
            Version v = pkg.pkg().ecosystem().versionScheme().parse(version);
            return kb.match(pkg.pkg(), v);
        } catch (InvalidVersionException e) {
            return List.of();
        }
    }
}
