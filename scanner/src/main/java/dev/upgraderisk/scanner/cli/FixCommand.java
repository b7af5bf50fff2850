package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.engine.FixEngine;
import dev.upgraderisk.scanner.fix.FixOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code upgrade-risk fix [PATH] [--dry-run]}: applies the advice where each build decides the version, prints the
 * change as a unified diff, and scans again to show which findings are gone. Like {@code scan}, it exits 1 while
 * findings that fail the policy remain (after the fix; with {@code --dry-run}, now) and 0 when none do.
 */
@Command(
        name = "fix",
        mixinStandardHelpOptions = true,
        description = "Apply the advice to the manifests (print it only with --dry-run) and scan again.")
public final class FixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PATH",
            defaultValue = ".",
            description = "The project folder or one manifest (default: .).")
    Path path;

    @Option(names = "--dry-run", description = "Print the diff and the commands; change no file.")
    boolean dryRun;

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() {
        try {
            FixOutcome outcome = new FixEngine().fix(project.toRequest(path), dryRun);
            PrintWriter out = spec.commandLine().getOut();
            out.print(outcome.text());
            out.flush();
            return (outcome.failing() ? ExitCode.FINDINGS : ExitCode.CLEAN).code();
        } catch (ScanException e) {
            return Errors.report(spec.commandLine().getErr(), e);
        }
    }
}
