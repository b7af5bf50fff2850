package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.evaluation.ScanResult;
import dev.upgraderisk.scanner.report.AdviceReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code upgrade-risk advise [PACKAGE] [--path DIR]}: which version to move to, which to skip and why, and the text
 * that pins it — for every package with a finding, or for the one named.
 */
@Command(
        name = "advise",
        mixinStandardHelpOptions = true,
        description = "Advise the version to move to for each affected package, or for PACKAGE.")
public final class AdviseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PACKAGE",
            description = "A package name (Maven: groupId:artifactId); default: every package with a finding.")
    String pkg;

    @Option(names = "--path", paramLabel = "DIR", defaultValue = ".", description = "The project (default: .).")
    Path path;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    String format;

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            if (!format.equals("text") && !format.equals("json")) {
                throw new InputException("--format '" + format + "' is not a format", "use text or json");
            }
            var request = project.toRequest(path);
            if (pkg != null) request = request.withAdviceFor(List.of(pkg));
            ScanResult result = new ScanEngine().scan(request);
            List<AdviceReport.Item> items = AdviceReport.items(result, Optional.ofNullable(pkg));
            if (pkg != null && items.isEmpty()) {
                throw new InputException(
                        "no package '" + pkg + "' in " + path, "check the name (Maven: groupId:artifactId)");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(format.equals("json") ? AdviceReport.json(items) : AdviceReport.text(items));
            out.flush();
            return ExitCode.CLEAN.code();
        } catch (ScanException e) {
            return Errors.report(err, e);
        }
    }
}
