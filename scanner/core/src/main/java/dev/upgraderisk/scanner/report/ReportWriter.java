package dev.upgraderisk.scanner.report;

import dev.upgraderisk.scanner.evaluation.ScanResult;
import java.io.IOException;
import java.io.Writer;

/** Renders a scan result in one format. Same result in, same bytes out. */
public interface ReportWriter {
    void write(ScanResult result, Writer out) throws IOException;
}
