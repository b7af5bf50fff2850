package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.engine.ScanEngine;
import dev.upgraderisk.scanner.engine.ScanException;
import dev.upgraderisk.scanner.engine.ScanResult;
import dev.upgraderisk.scanner.engine.InputException;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upgrade-risk scan [PATH]}: resolve, match, advise, report — one call into the engine. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Resolves the dependency graph of every manifest (Maven as Maven does) and reports known regressions.")
public final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "Project folder (every supported manifest below it) or one manifest file (default: .).")
    Path path;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, sarif or markdown (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        ScanResult result;
        try {
            result = new ScanEngine().scan(project.toRequest(path));
        } catch (ScanException e) {
            return Errors.report(err, e);
        }
        try {
            StringWriter report = new StringWriter();
            format.writer().write(result, report);
            if (output != null) {
                Files.writeString(output, report.toString(), StandardCharsets.UTF_8);
            } else {
                Writer out = spec.commandLine().getOut();
                out.write(report.toString());
                out.flush();
            }
        } catch (IOException e) {
            return Errors.report(err, new InputException("cannot write the report to " + output + ": " + e.getMessage(),
                    "give --output a file in a folder you can write to"));
        }
        return (result.failing().isEmpty() ? ExitCode.CLEAN : ExitCode.FINDINGS).code();
    }
}
