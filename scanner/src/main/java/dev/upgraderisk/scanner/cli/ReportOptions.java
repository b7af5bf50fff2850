package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.options.ReportFile;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --format} (repeatable), each optionally followed by its own {@code --output FILE}, and {@code --output-dir}
 * for the formats without one. At most one format goes to stdout. Files are written whole or not at all.
 */
final class ReportOptions {
    /** One requested report: a format and, optionally, its file. */
    static final class Target {
        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                description = "Report format: text, json, sarif, markdown or html (diff: text, markdown, json;"
                        + " history: text, json); repeat it for several reports (default: text).")
        String format;

        @Option(
                names = "--output",
                paramLabel = "FILE",
                description = "Write the preceding --format's report to FILE instead of stdout.")
        Path output;
    }

    /** A checked request: the format and where it goes (empty: stdout). */
    record Report(ReportFormat format, Optional<Path> file) {}

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Target> targets = new ArrayList<>();

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description =
                    "Write every format without its own --output to DIR/report.<ext> (txt, json, sarif, md, html).")
    Path outputDir;

    /** Checks the request before any work is done: known formats, supported here, at most one on stdout. */
    List<Report> reports(Set<ReportFormat> supported) throws InputException {
        List<Report> reports = new ArrayList<>();
        List<Target> asked = targets.isEmpty() ? List.of(new Target()) : targets;
        for (Target t : asked) {
            String id = t.format == null ? "text" : t.format;
            ReportFormat f = ReportFormat.fromId(id)
                    .filter(supported::contains)
                    .orElseThrow(() -> new InputException(
                            "--format '" + id + "' is not a format this command writes",
                            "use " + supported.stream().map(ReportFormat::id).collect(Collectors.joining(", "))));
            Optional<Path> file = Optional.ofNullable(t.output)
                    .or(() -> Optional.ofNullable(outputDir).map(d -> d.resolve(f.fileName())));
            reports.add(new Report(f, file));
        }
        if (reports.stream().filter(r -> r.file().isEmpty()).count() > 1) {
            throw new InputException(
                    "more than one --format would be written to stdout",
                    "give each format its own --output FILE, or use --output-dir DIR");
        }
        if (reports.stream()
                        .map(Report::file)
                        .flatMap(Optional::stream)
                        .distinct()
                        .count()
                < reports.stream().filter(r -> r.file().isPresent()).count()) {
            throw new InputException(
                    "two reports would be written to the same file", "give each --format its own --output");
        }
        return List.copyOf(reports);
    }

    /** Writes one rendered report; a file is replaced only once the whole report is written. */
    static void write(Report report, String content, PrintWriter stdout) throws InputException {
        write(report, out -> out.write(content), stdout);
    }

    /** Writes one report as it is rendered, into its file (replaced only once whole) or onto standard output. */
    static void write(Report report, ReportFile.Content content, PrintWriter stdout) throws InputException {
        if (report.file().isEmpty()) {
            try {
                content.writeTo(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException("writing to standard output failed", e);
            }
            stdout.flush();
            return;
        }
        ReportFile.write(
                report.file().get(),
                content,
                "the " + report.format().id() + " report",
                "give --output or --output-dir a place you can write to");
    }
}
