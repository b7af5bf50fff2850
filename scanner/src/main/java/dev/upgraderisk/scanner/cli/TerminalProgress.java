package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.scanner.maven.ResolutionProgress;
import dev.upgraderisk.scanner.report.TextReportWriter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One self-rewriting line on stderr ({@code resolving: 412 artifacts, 37 downloaded  g:a:jar:1.0}) that appears only
 * once resolving has taken longer than {@code delay}, and is erased when resolving ends.
 */
final class TerminalProgress implements ResolutionProgress, AutoCloseable {
    private static final int WIDTH = 79;

    private final PrintWriter err;
    private final AtomicInteger resolved = new AtomicInteger();
    private final AtomicInteger downloaded = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "upgrade-risk-progress");
        t.setDaemon(true);
        return t;
    });
    private volatile String last = "";
    private boolean shown;
    private boolean closed;

    TerminalProgress(PrintWriter err, Duration delay, Duration every) {
        this.err = err;
        timer.scheduleAtFixedRate(this::draw, delay.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    static TerminalProgress onTerminal(PrintWriter err) {
        return new TerminalProgress(err, Duration.ofSeconds(1), Duration.ofMillis(200));
    }

    @Override
    public void resolved(String artifact, boolean wasDownloaded) {
        resolved.incrementAndGet();
        if (wasDownloaded) downloaded.incrementAndGet();
        last = artifact;
    }

    private synchronized void draw() {
        if (closed) return;
        String line = "resolving: " + resolved.get() + " artifacts, " + downloaded.get() + " downloaded  "
                + TextReportWriter.clean(last);
        err.print("\r" + (line.length() > WIDTH ? line.substring(0, WIDTH) : line) + "\u001b[K");
        err.flush();
        shown = true;
    }

    @Override
    public synchronized void close() {
        closed = true;
        timer.shutdownNow();
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
