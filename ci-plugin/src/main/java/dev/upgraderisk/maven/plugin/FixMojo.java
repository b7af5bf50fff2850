package dev.upgraderisk.maven.plugin;

import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.fix.FixOutcome;
import dev.upgraderisk.scanner.fix.FixProposal;
import dev.upgraderisk.scanner.fix.ManifestChanges;
import dev.upgraderisk.scanner.fix.ManifestFixer;
import dev.upgraderisk.scanner.fix.ManifestWriter;
import dev.upgraderisk.scanner.fix.PomCheck;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code upgrade-risk:fix}: applies the module's advice to its POM (format-preserving, parsed again before it is
 * written, all or none) and prints the change as a unified diff; {@code -Dupgrade-risk.dryRun} prints only. The
 * plugin sees the build's resolved graph, not where each version is declared, so a Maven change here is a
 * {@code <dependencyManagement>} pin; {@code upgrade-risk fix} on the command line reads the models and sets the
 * property or version where the build decides it. The next build checks the result.
 */
@Mojo(name = "fix", threadSafe = false, requiresDependencyCollection = ResolutionScope.TEST)
public final class FixMojo extends AbstractUpgradeRiskMojo {
    /** Print the diff only; change no file. */
    @Parameter(property = "upgrade-risk.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("upgrade-risk: skipped");
            return;
        }
        try {
            FixProposal proposal =
                    ManifestFixer.propose(root(), ManifestChanges.of(evaluate(List.of(graph()), List.of())));
            if (!dryRun) ManifestWriter.write(root(), proposal.edits(), PomCheck::check);
            FixOutcome outcome = new FixOutcome(proposal, false, List.of(), List.of(), List.of(), false);
            outcome.text().lines().filter(l -> !l.startsWith("dry run")).forEach(l -> getLog().info(l));
            if (!proposal.edits().isEmpty()) {
                getLog().info(
                                dryRun
                                        ? "upgrade-risk: dry run, no file was changed"
                                        : "upgrade-risk: applied; build again to check");
            }
        } catch (ScanException e) {
            throw new MojoExecutionException(e.getMessage() + "\n" + e.hint());
        }
    }
}
