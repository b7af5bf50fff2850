package dev.upgraderisk.scanner.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats; the writer and the file name for each are chosen here and nowhere else. */
public enum ReportFormat {
    TEXT("txt"),
    JSON("json"),
    SARIF("sarif"),
    MARKDOWN("md"),
    HTML("html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public ReportWriter writer() {
        return writer(false);
    }

    /** The writer; {@code colour} asks for ANSI colours where the format has them (text on a terminal). */
    public ReportWriter writer(boolean colour) {
        return switch (this) {
            case TEXT -> new TextReportWriter(colour);
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter();
            case MARKDOWN -> new MarkdownReportWriter();
            case HTML -> new HtmlReportWriter();
        };
    }

    /** The name users type: {@code text}, {@code json}, {@code sarif}, {@code markdown}, {@code html}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file this format is written to in an output folder: {@code report.txt}, {@code report.sarif}, ... */
    public String fileName() {
        return "report." + extension;
    }

    public static Optional<ReportFormat> fromId(String id) {
        String s = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.id().equals(s) || f.extension.equals(s))
                .findFirst();
    }

    /** "text, json, sarif, markdown or html", for messages. */
    public static String choices() {
        String all = Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
        return all.substring(0, all.lastIndexOf(", ")) + " or " + all.substring(all.lastIndexOf(", ") + 2);
    }
}
