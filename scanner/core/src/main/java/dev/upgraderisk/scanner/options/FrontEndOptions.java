package dev.upgraderisk.scanner.options;

import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.report.ReportFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The option values every front end takes (the command line, the Maven plugin, the GitHub Action through the command
 * line), read in one place so they cannot drift: case-insensitive, checked before any work is done, and an error that
 * names the option and what to write instead.
 */
public final class FrontEndOptions {
    /** The {@code --kb} value that asks for the knowledge base shipped with the tool. */
    public static final String BUNDLED = "bundled";

    private FrontEndOptions() {}

    /** A failure threshold ({@code --fail-on}, {@code failOn}): low, medium, high or critical, in any case. */
    public static Optional<Severity> failOn(String value, String option) throws InputException {
        if (value == null || value.isBlank()) return Optional.empty();
        return Optional.of(severity(value, option));
    }

    public static Severity severity(String value, String option) throws InputException {
        return Severity.fromId(value.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InputException(
                        option + " '" + value + "' is not a severity", "use low, medium, high or critical"));
    }

    /**
     * The advisories to load: {@code kb} is a folder of entries, {@code bundled}, or empty for the default (the
     * knowledge base {@code kb update} fetched, else the bundled one).
     */
    public static KnowledgeBaseRequest knowledgeBase(String kb, List<Path> osv, Optional<String> ref, Path cache) {
        boolean bundled = kb != null && BUNDLED.equals(kb.strip().toLowerCase(Locale.ROOT));
        Optional<Path> folder = kb == null || kb.isBlank() || bundled ? Optional.empty() : Optional.of(Path.of(kb));
        return new KnowledgeBaseRequest(folder, bundled, osv, ref, cache);
    }

    /** A comma-separated list of report formats ({@code formats} of the plugin), every one checked. */
    public static List<ReportFormat> formats(String commaSeparated, String option) throws InputException {
        List<ReportFormat> out = new ArrayList<>();
        for (String f : Arrays.asList(commaSeparated == null ? new String[0] : commaSeparated.split(","))) {
            if (f.isBlank()) continue;
            ReportFormat format = ReportFormat.fromId(f)
                    .orElseThrow(() -> new InputException(
                            option + ": '" + f.strip() + "' is not a report format", "use " + ReportFormat.choices()));
            if (!out.contains(format)) out.add(format);
        }
        if (out.isEmpty()) {
            throw new InputException(option + " names no report format", "use " + ReportFormat.choices());
        }
        return List.copyOf(out);
    }

    /** {@code --min-age DAYS}: releases younger than this are never advised. */
    public static Optional<Duration> minAge(Integer days, String option) throws InputException {
        if (days == null) return Optional.empty();
        if (days < 0)
            throw new InputException(option + " " + days + " is negative", "give a number of days, 0 or more");
        return Optional.of(Duration.ofDays(days));
    }
}
