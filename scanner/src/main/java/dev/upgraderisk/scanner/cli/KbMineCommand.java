package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.mine.Candidate;
import dev.upgraderisk.kb.mine.CandidateMiner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb mine CLONE}: regression leads from a library's git history, one tab-separated line each. */
@Command(
        name = "mine",
        mixinStandardHelpOptions = true,
        description = "List regression leads in a library's git clone: commits and changelog lines that say a release"
                + " broke something (regression, broken since, since 2.15, introduced by #123, caused by #123),"
                + " reverts, and the changes of patch releases that followed the one before within a week; each with"
                + " the first release tag that contains it and the issue numbers it names. Leads, not entries.")
final class KbMineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CLONE", description = "A git clone (bare or with a work tree).")
    Path clone;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            defaultValue = "2019-01-01",
            description = "Only commits from this day on (default: ${DEFAULT-VALUE}).")
    String since;

    @Option(
            names = "--ecosystem",
            paramLabel = "E",
            defaultValue = "maven",
            description = "How release versions compare: maven, go or npm (default: ${DEFAULT-VALUE}).")
    String ecosystem;

    @Option(
            names = "--tag-version",
            paramLabel = "REGEX",
            defaultValue = "(?:[A-Za-z][A-Za-z0-9_./-]*?[-_/])?v?(\\d+(?:\\.\\d+)+(?:[.-][A-Za-z0-9.]+)?)",
            description = "A pattern for release tags whose group 1 is the version (default: v1.2.3, name-1.2.3, ...).")
    String tagVersion;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            Ecosystem eco = switch (ecosystem.toLowerCase(Locale.ROOT)) {
                case "maven" -> Ecosystem.MAVEN;
                case "go" -> Ecosystem.GO;
                case "npm" -> Ecosystem.NPM;
                default ->
                    throw new IllegalArgumentException("--ecosystem '" + ecosystem + "' is not maven, go or npm");
            };
            if (!Files.isDirectory(clone)) throw new IllegalArgumentException(clone + " is not a folder");
            var from = LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
            List<Candidate> leads =
                    new CandidateMiner(eco.versionScheme(), Pattern.compile(tagVersion)).mine(clone, from);
            out.println("# release\twhere\tdate\tsignal\tissues\ttext");
            leads.forEach(c -> out.println(c.line()));
            out.flush();
            err.println(leads.size() + " leads in " + clone + "; read each thread before writing an entry");
            return ExitCode.CLEAN.code();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("error: " + e.getMessage());
            err.println("hint: kb mine --help");
            return ExitCode.INPUT_ERROR.code();
        } catch (IOException e) {
            err.println("error: " + clone + ": not a readable git repository (" + e.getMessage() + ")");
            err.println("hint: give a git clone, such as the one the search tool's fetch leaves");
            return ExitCode.INPUT_ERROR.code();
        }
    }
}
