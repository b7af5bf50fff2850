package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.diff.DiffReport;
import dev.upgraderisk.scanner.diff.RevisionDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code upgrade-risk diff --base REF [--head REF]}: does this change bring in a known risk? Exit 1 only when it
 * introduces one that fails the policy; risks that were already there do not fail a change.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Compare the dependencies of two revisions (head: the working tree by default), read from git.")
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--base",
            paramLabel = "REF",
            required = true,
            description = "Base revision (branch, tag or commit).")
    String base;

    @Option(names = "--head", paramLabel = "REF", description = "Head revision (default: the working tree).")
    String head;

    @Option(names = "--exact-base", description = "Compare with --base itself, not with where head branched off it.")
    boolean exactBase;

    @Option(
            names = "--path",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The repository, or a folder in it.")
    Path path;

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Mixin
    TerminalOptions terminal = new TerminalOptions();

    @Override
    public Integer call() {
        try {
            List<ReportOptions.Report> wanted = reports.reports(DiffReport.FORMATS);
            RevisionDiff.Outcome o = terminal.withProgress(
                    spec.commandLine().getErr(),
                    progress -> RevisionDiff.run(
                            path, base, Optional.ofNullable(head), project.toRequest(path, progress), exactBase));
            for (ReportOptions.Report report : wanted) {
                ReportOptions.write(
                        report,
                        DiffReport.render(o, report.format()),
                        spec.commandLine().getOut());
            }
            return (o.result().introducedFailing().isEmpty() ? ExitCode.CLEAN : ExitCode.FINDINGS).code();
        } catch (ScanException e) {
            return Errors.report(spec.commandLine().getErr(), e);
        }
    }
}
