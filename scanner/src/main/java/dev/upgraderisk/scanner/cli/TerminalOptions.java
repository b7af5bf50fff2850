package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.maven.ResolutionProgress;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Colour and progress on a terminal. Colour: on a terminal unless {@code NO_COLOR} is set (no-color.org) or
 * {@code TERM=dumb}; {@code --color always|never} decides outright. Progress on stderr: only on a terminal, never
 * when {@code CI} is set, never with {@code --no-progress}, and only once resolving has taken over a second.
 */
final class TerminalOptions {
    enum When {
        auto,
        always,
        never
    }

    @Option(
            names = "--color",
            paramLabel = "WHEN",
            defaultValue = "auto",
            description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never.")
    When color = When.auto;

    @Option(names = "--no-progress", description = "Never show progress on stderr (it shows only on a terminal).")
    boolean noProgress;

    /** Work that resolves, told of each artifact resolved. */
    interface Resolving<T> {
        T run(ResolutionProgress progress) throws ScanException;
    }

    /** Runs {@code work} with a progress line on {@code err} where {@link #progress()} allows, else silently. */
    <T> T withProgress(PrintWriter err, Resolving<T> work) throws ScanException {
        if (!progress()) return work.run(ResolutionProgress.NONE);
        try (TerminalProgress progress = TerminalProgress.onTerminal(err)) {
            return work.run(progress);
        }
    }

    boolean colour() {
        return colour(color, System.getenv(), System.console() != null);
    }

    boolean progress() {
        return progress(noProgress, System.getenv(), System.console() != null);
    }

    static boolean colour(When when, Map<String, String> env, boolean terminal) {
        return switch (when) {
            case always -> true;
            case never -> false;
            case auto -> terminal && env.getOrDefault("NO_COLOR", "").isEmpty() && !"dumb".equals(env.get("TERM"));
        };
    }

    static boolean progress(boolean off, Map<String, String> env, boolean terminal) {
        return !off && terminal && env.getOrDefault("CI", "").isEmpty();
    }
}
