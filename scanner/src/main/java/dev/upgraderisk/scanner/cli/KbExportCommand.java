package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.osv.OsvExporter;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kb export --format osv --output DIR}: one OSV JSON file per curated entry. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the curated entries as OSV JSON files, one per entry.")
final class KbExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeBaseOptions kb = new KnowledgeBaseOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "osv", description = "osv (the only format).")
    String format;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder to write into.")
    Path output;

    @Override
    public Integer call() {
        try {
            if (!format.equals("osv")) {
                throw new InputException("--format '" + format + "' is not an export format", "use --format osv");
            }
            var all = new KnowledgeBaseProvider()
                    .load(kb.toRequest()).knowledgeBase().advisories().stream()
                            .filter(a -> a.origin() == Origin.CURATED)
                            .toList();
            int n = OsvExporter.export(all, output);
            spec.commandLine().getOut().println("wrote " + n + " OSV files to " + output);
            spec.commandLine().getOut().flush();
            return ExitCode.CLEAN.code();
        } catch (InputException e) {
            return Errors.report(spec.commandLine().getErr(), e);
        } catch (IOException e) {
            return Errors.report(
                    spec.commandLine().getErr(),
                    new InputException(
                            "cannot write to " + output + ": " + e.getMessage(),
                            "give --output a folder you can write to"));
        }
    }
}
