package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.Origin;
import dev.upgraderisk.kb.guard.DependabotConfigWriter;
import dev.upgraderisk.kb.guard.GuardSelection;
import dev.upgraderisk.kb.guard.GuardWriter;
import dev.upgraderisk.kb.guard.GuardedPackage;
import dev.upgraderisk.kb.guard.GuardedPackages;
import dev.upgraderisk.kb.guard.RenovatePresetWriter;
import dev.upgraderisk.kb.osv.OsvExporter;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.engine.ProjectPackages;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseProvider;
import dev.upgraderisk.scanner.options.ReportFile;
import java.io.IOException;
import java.io.StringWriter;
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
 * {@code kb export}: the curated entries as OSV files ({@code --format osv --output DIR}), or as guards that keep an
 * update bot from proposing affected versions: a Renovate preset ({@code renovate}) or Dependabot ignore conditions
 * ({@code dependabot}), written to {@code --output FILE} or printed.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the curated entries: OSV files, a Renovate preset or Dependabot ignore conditions.")
final class KbExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeBaseOptions kb = new KnowledgeBaseOptions();

    @Mixin
    GuardOptions guard = new GuardOptions();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "osv",
            description = "osv (one file per entry), renovate (a preset, JSON) or dependabot (dependabot.yml "
                    + "ignore conditions, YAML). Default: osv.")
    String format;

    @Option(
            names = "--output",
            paramLabel = "PATH",
            description = "osv: the folder to write into (required). renovate, dependabot: the file to write "
                    + "(default: print it).")
    Path output;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            if (!List.of("osv", "renovate", "dependabot").contains(format)) {
                throw new InputException(
                        "--format '" + format + "' is not an export format", "use osv, renovate or dependabot");
            }
            GuardSelection selection = guard.selection();
            if (format.equals("osv") && output == null) {
                throw new InputException("--format osv needs --output DIR", "name a folder to write the files into");
            }
            KnowledgeBase base =
                    new KnowledgeBaseProvider().load(kb.toRequest()).knowledgeBase();
            Optional<ProjectPackages> project = guard.project(kb.toRequest());
            if (project.isPresent()) selection = selection.usedBy(project.get().packages());
            GuardSelection chosen = selection;
            List<Advisory> curated = base.advisories().stream()
                    .filter(a -> a.origin() == Origin.CURATED && chosen.covers(base, a))
                    .toList();
            String source = base.origin().toString();
            return switch (format) {
                case "osv" -> done("wrote " + OsvExporter.export(curated, output) + " OSV files to " + output);
                case "renovate" -> guard(new RenovatePresetWriter(source), GuardedPackages.of(base, curated, chosen));
                case "dependabot" ->
                    guard(
                            new DependabotConfigWriter(source, project.map(p -> DependabotTargets.of(p.graphs()))),
                            GuardedPackages.of(base, curated, chosen));
                default ->
                    throw new InputException(
                            "--format '" + format + "' is not an export format", "use osv, renovate or dependabot");
            };
        } catch (ScanException e) {
            return Errors.report(err, e);
        } catch (IOException e) {
            return Errors.report(
                    err,
                    new InputException(
                            "cannot write to " + output + ": " + e.getMessage(),
                            "give --output a folder you can write to"));
        }
    }

    private int guard(GuardWriter writer, List<GuardedPackage> packages) throws IOException, InputException {
        StringWriter text = new StringWriter();
        writer.write(packages, text);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCode.CLEAN.code();
        }
        ReportFile.write(output, text.toString(), format + " guards", "give --output a file you can write");
        return done("wrote " + format + " guards for " + packages.size() + " packages to " + output);
    }

    private int done(String message) {
        spec.commandLine().getOut().println(message);
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN.code();
    }
}
