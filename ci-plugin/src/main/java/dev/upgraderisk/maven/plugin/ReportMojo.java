package dev.upgraderisk.maven.plugin;

import dev.upgraderisk.scanner.api.ScanException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code upgrade-risk:report}: writes the reports into {@code target/upgrade-risk/}, and in a reactor's last module
 * the report of every module into the top project's {@code target/upgrade-risk/reactor/}; never fails on findings.
 */
@Mojo(
        name = "report",
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyCollection = ResolutionScope.TEST)
public final class ReportMojo extends AbstractUpgradeRiskMojo {
    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("upgrade-risk: skipped");
            return;
        }
        try {
            writeReports(evaluate());
            getLog().info("upgrade-risk: reports written to " + outputDirectory);
            writeReactorReport(graph());
        } catch (ScanException e) {
            throw new MojoExecutionException(e.getMessage() + "\n" + e.hint());
        }
    }
}
