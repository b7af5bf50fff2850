package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.api.ScanException;
import java.io.PrintWriter;

/** Prints a failure the one way every command prints it, and returns its exit code. */
final class Errors {
    private Errors() {}

    static int report(PrintWriter err, ScanException e) {
        err.println("error: " + e.getMessage());
        if (!e.hint().isEmpty()) err.println("hint: " + e.hint());
        err.flush();
        return ExitCode.of(e).code();
    }
}
