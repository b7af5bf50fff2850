package dev.upgraderisk.maven.plugin;

import dev.upgraderisk.rules.Finding;
import dev.upgraderisk.scanner.advice.UpgradeAdvice;
import dev.upgraderisk.scanner.api.ResolutionException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code upgrade-risk:check}: checks the build's own dependencies (the same mediation as the build) and fails the
 * build on findings the policy counts, naming each with its fix and advice. Writes the reports as well.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyCollection = ResolutionScope.TEST)
public final class CheckMojo extends AbstractUpgradeRiskMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("upgrade-risk: skipped");
            return;
        }
        ScanResult result;
        try {
            result = evaluate();
        } catch (ResolutionException e) {
            throw new MojoExecutionException(e.getMessage() + "\n" + e.hint());
        } catch (ScanException e) {
            throw new MojoExecutionException(e.getMessage() + "\n" + e.hint());
        }
        String text = writeReports(result);
        text.lines().forEach(l -> getLog().info(l));
        try {
            writeReactorReport(graph());
        } catch (ScanException e) {
            throw new MojoExecutionException(e.getMessage() + "\n" + e.hint());
        }
        if (!result.failing().isEmpty()) {
            throw new MojoFailureException(result.failing().size() + " dependency risk(s) fail the policy (fail-on "
                    + result.policy().failOn() + "):\n"
                    + result.failing().stream().map(f -> describe(result, f)).collect(Collectors.joining("\n"))
                    + "\nreports: " + outputDirectory);
        }
    }

    private static String describe(ScanResult result, Finding f) {
        String id = f.match().map(m -> m.advisory().id() + " ").orElse("");
        String fix = f.fixedVersions().isEmpty()
                ? "no fixed release known"
                : "fixed in " + String.join(", ", f.fixedVersions())
                        + f.match()
                                .flatMap(m -> m.advisory().reference("FIX"))
                                .map(u -> " (" + u + ")")
                                .orElse("");
        String move = result.advice(f)
                .flatMap(UpgradeAdvice::recommendedVersion)
                .map(v -> "; upgrade to " + v)
                .orElse("");
        return "  " + f.pkg().pkg().name() + " " + f.pkg().version() + ": " + id + f.message() + " - " + fix + move;
    }
}
