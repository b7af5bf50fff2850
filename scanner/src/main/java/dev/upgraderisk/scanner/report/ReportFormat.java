package dev.upgraderisk.scanner.report;

/** The report formats; the writer for each is chosen here and nowhere else. */
public enum ReportFormat {
    TEXT, JSON, SARIF, MARKDOWN;

    public ReportWriter writer() {
        return switch (this) {
            case TEXT -> new TextReportWriter();
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter();
            case MARKDOWN -> new MarkdownReportWriter();
        };
    }
}
