package dev.upgraderisk.rules;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code renamed-package}: the package moved to a new name (a Go module path that changed, such as
 * nhooyr.io/websocket → github.com/coder/websocket; a Maven relocation, such as mysql:mysql-connector-java →
 * com.mysql:mysql-connector-j). Fixes and new releases appear only under the new name.
 */
public final class RenamedPackageRule implements Rule {
    public static final String ID = "renamed-package";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "the package now lives under another name";
    }

    @Override
    public Level defaultLevel() {
        return Level.INFO;
    }

    @Override
    public List<Finding> check(PackageFacts pkg, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        context.knowledgeBase()
                .renameOf(pkg.pkg())
                .ifPresent(r -> out.add(new Finding(
                        ID,
                        Severity.LOW,
                        pkg,
                        pkg.pkg().name() + " moved to " + r.to().name() + " (" + r.reference() + ")",
                        Optional.empty(),
                        List.of())));
        if (!pkg.relocatedFrom().isEmpty() && pkg.pkg().ecosystem() == Ecosystem.MAVEN) {
            out.add(new Finding(
                    ID,
                    Severity.LOW,
                    pkg,
                    String.join(", ", pkg.relocatedFrom()) + " is relocated to "
                            + pkg.pkg().name() + ":" + pkg.version() + "; depend on the new coordinates",
                    Optional.empty(),
                    List.of()));
        }
        return out;
    }
}
