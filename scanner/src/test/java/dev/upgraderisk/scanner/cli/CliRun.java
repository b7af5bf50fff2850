package dev.upgraderisk.scanner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line, in process, with what it printed and the exit code. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = UpgradeRiskCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A user mistake never shows a stack trace. */
    boolean hasStackTrace() {
        return err.contains("\tat ") || err.contains("Exception in thread") || out.contains("\tat ");
    }
}
