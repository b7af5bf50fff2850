package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.history.FindingHistory;
import dev.upgraderisk.scanner.history.HistoryReport;
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
 * {@code upgrade-risk history}: for every current finding, the commit that brought the affected version in; for
 * findings that went away, the commit that ended them. Informational: exits 0 unless it cannot run.
 */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Which commit brought each current finding in, and which commits ended the others (from git).")
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--path",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The repository, or a folder in it.")
    Path path;

    @Option(
            names = "--since",
            paramLabel = "DATE|REV",
            description = "Only commits after this date (YYYY-MM-DD) or revision (default: all history).")
    String since;

    @Option(
            names = "--max-commits",
            paramLabel = "N",
            defaultValue = "1000",
            description = "At most the N newest commits that change a manifest (default: ${DEFAULT-VALUE}).")
    int maxCommits;

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() {
        try {
            List<ReportOptions.Report> wanted = reports.reports(HistoryReport.FORMATS);
            if (maxCommits < 1)
                throw new InputException("--max-commits " + maxCommits + " is not positive", "give 1 or more");
            FindingHistory.Result r =
                    FindingHistory.run(path, Optional.ofNullable(since), maxCommits, project.toRequest(path));
            for (ReportOptions.Report report : wanted) {
                ReportOptions.write(
                        report,
                        HistoryReport.render(r, report.format()),
                        spec.commandLine().getOut());
            }
            return ExitCode.CLEAN.code();
        } catch (ScanException e) {
            return Errors.report(spec.commandLine().getErr(), e);
        }
    }
}
