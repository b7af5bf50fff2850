package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanRequest;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.profile.Phase;
import dev.upgraderisk.scanner.profile.Phases;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code upgrade-risk scan [PATH]}: resolve, match, advise, report — one call into the engine. */
@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        description =
                "Resolves the dependency graph of every manifest (Maven as Maven does) and reports known regressions.")
public final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PATH",
            defaultValue = ".",
            description = "Project folder (every supported manifest below it) or one manifest file (default: .).")
    Path path;

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Mixin
    TerminalOptions terminal = new TerminalOptions();

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            List<ReportOptions.Report> wanted = reports.reports(EnumSet.allOf(ReportFormat.class));
            ScanResult result = scan(err);
            for (ReportOptions.Report report : wanted) {
                try (Phase phase = Phases.start("report", report.format().id())) {
                    var writer = report.format().writer(report.file().isEmpty() && terminal.colour());
                    ReportOptions.write(
                            report,
                            out -> writer.write(result, out),
                            spec.commandLine().getOut());
                }
            }
            return (result.failing().isEmpty() ? ExitCode.CLEAN : ExitCode.FINDINGS).code();
        } catch (ScanException e) {
            return Errors.report(err, e);
        }
    }

    private ScanResult scan(PrintWriter err) throws ScanException {
        return terminal.withProgress(err, progress -> {
            ScanRequest request;
            try (Phase p = Phases.start("request")) {
                request = project.toRequest(path, progress);
            }
            return new ScanEngine().scan(request);
        });
    }
}
