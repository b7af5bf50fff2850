package dev.upgraderisk.maven.plugin;

import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.report.AdviceReport;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code upgrade-risk:advise}: for each package of the module with a finding (or the one in
 * {@code -Dupgrade-risk.package}), the version to move to, the versions to skip and why, and the snippet that pins
 * it, as {@code upgrade-risk advise} prints them. Never fails on findings.
 */
@Mojo(name = "advise", threadSafe = true, requiresDependencyCollection = ResolutionScope.TEST)
public final class AdviseMojo extends AbstractUpgradeRiskMojo {
    /** Advise on this package only (Maven: groupId:artifactId), affected or not. */
    @Parameter(property = "upgrade-risk.package")
    String pkg;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("upgrade-risk: skipped");
            return;
        }
        try {
            ScanResult result = evaluate(List.of(graph()), pkg == null ? List.of() : List.of(pkg));
            List<AdviceReport.Item> items = AdviceReport.items(result, Optional.ofNullable(pkg));
            if (pkg != null && items.isEmpty()) {
                getLog().info("upgrade-risk: " + pkg + " is not a dependency of " + project.getArtifactId());
                return;
            }
            AdviceReport.text(items).lines().forEach(l -> getLog().info(l));
        } catch (ScanException e) {
            throw new MojoExecutionException(e.getMessage() + "\n" + e.hint());
        }
    }
}
