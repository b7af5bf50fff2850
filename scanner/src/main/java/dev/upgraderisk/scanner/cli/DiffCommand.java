package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.diff.DiffReport;
import dev.upgraderisk.scanner.diff.RevisionDiff;
import dev.upgraderisk.scanner.engine.InputException;
import dev.upgraderisk.scanner.engine.ScanException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code upgrade-risk diff --base REF [--head REF]}: does this change bring in a known risk? Exit 1 only when it
 * introduces one that fails the policy; risks that were already there do not fail a change.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare the dependencies of two revisions (head: the working tree by default), read from git.")
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--base", paramLabel = "REF", required = true, description = "Base revision (branch, tag or commit).")
    String base;

    @Option(names = "--head", paramLabel = "REF", description = "Head revision (default: the working tree).")
    String head;

    @Option(names = "--exact-base", description = "Compare with --base itself, not with where head branched off it.")
    boolean exactBase;

    @Option(names = "--path", paramLabel = "DIR", defaultValue = ".", description = "The repository, or a folder in it.")
    Path path;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, markdown or json.")
    String format;

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() {
        try {
            if (!format.equals("text") && !format.equals("markdown") && !format.equals("json")) {
                throw new InputException("--format '" + format + "' is not a format", "use text, markdown or json");
            }
            RevisionDiff.Outcome o = RevisionDiff.run(path, base, Optional.ofNullable(head), project.toRequest(path),
                    exactBase);
            spec.commandLine().getOut().print(DiffReport.render(o, format));
            spec.commandLine().getOut().flush();
            return (o.result().introducedFailing().isEmpty() ? ExitCode.CLEAN : ExitCode.FINDINGS).code();
        } catch (ScanException e) {
            return Errors.report(spec.commandLine().getErr(), e);
        }
    }
}
