package dev.upgraderisk.scanner.profile;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where a run's time goes, for the benchmarks: with {@code -Dupgrade-risk.profile=FILE} (or {@code -} for standard
 * error) every {@link #start started} phase is timed from the JVM's start, with the classes loaded while it ran, and
 * {@link #write()} writes the table. Without the property a phase is a constant that does nothing, so a normal run
 * pays one static check per phase and loads nothing for it.
 */
public final class Phases {
    /** The system property that turns profiling on; its value is the file to write, or {@code -}. */
    public static final String PROPERTY = "upgrade-risk.profile";

    private static final Phase NONE = () -> {};
    private static final Recorder RECORDER = Recorder.of(System.getProperty(PROPERTY));

    private Phases() {}

    public static Phase start(String name) {
        return start(name, "");
    }

    /** Starts timing {@code name} (for example {@code resolve}) of {@code subject} (for example a manifest). */
    public static Phase start(String name, String subject) {
        return RECORDER == null ? NONE : RECORDER.start(name, subject);
    }

    /** Writes the table of every ended phase where the property says (once, at the end of a run). */
    public static void write() {
        if (RECORDER != null) RECORDER.write();
    }

    private record Timed(String name, String subject, String thread, long startNanos, long endNanos, long classes) {}

    private static final class Recorder {
        private final String target;
        private final ClassLoadingMXBean classLoading = ManagementFactory.getClassLoadingMXBean();
        private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        // nanoTime has no epoch: tie it to the wall clock once, so phase times count from the JVM's start
        private final long originNanos = System.nanoTime() - (System.currentTimeMillis() - jvmStartMillis) * 1_000_000;
        private final long classesAtStart = classLoading.getTotalLoadedClassCount();
        private final long firstPhaseNanos = System.nanoTime();
        private final List<Timed> ended = new ArrayList<>();

        private Recorder(String target) {
            this.target = target;
        }

        static Recorder of(String property) {
            return property == null || property.isBlank() ? null : new Recorder(property);
        }

        Phase start(String name, String subject) {
            long start = System.nanoTime();
            long classes = classLoading.getTotalLoadedClassCount();
            String thread = Thread.currentThread().getName();
            return () -> {
                long end = System.nanoTime();
                long loaded = classLoading.getTotalLoadedClassCount() - classes;
                synchronized (ended) {
                    ended.add(new Timed(name, subject, thread, start, end, loaded));
                }
            };
        }

        void write() {
            List<String> lines = new ArrayList<>();
            lines.add(
                    String.format(
                            Locale.ROOT,
                            "# upgrade-risk profile: ms from the JVM's start; classes = classes loaded meanwhile (all threads)"));
            lines.add(String.format(Locale.ROOT, "%8s %8s %8s  %s", "start", "took", "classes", "phase"));
            lines.add(row(0, firstPhaseNanos - originNanos, classesAtStart, "jvm-start (to the first phase)", "", ""));
            List<Timed> sorted;
            synchronized (ended) {
                sorted = new ArrayList<>(ended);
            }
            sorted.sort(Comparator.comparingLong(Timed::startNanos));
            for (Timed t : sorted) {
                lines.add(row(
                        t.startNanos() - originNanos,
                        t.endNanos() - t.startNanos(),
                        t.classes(),
                        t.name(),
                        t.subject(),
                        t.thread()));
            }
            lines.add(String.format(
                    Locale.ROOT,
                    "# classes loaded in all: %d; at the end: %.1f ms from the JVM's start",
                    classLoading.getTotalLoadedClassCount(),
                    (System.nanoTime() - originNanos) / 1e6));
            if (target.equals("-")) {
                PrintStream err = System.err;
                lines.forEach(err::println);
                return;
            }
            try {
                Files.write(Path.of(target), lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the profile to " + target, e);
            }
        }

        private static String row(
                long startNanos, long tookNanos, long classes, String name, String subject, String thread) {
            return String.format(
                    Locale.ROOT,
                    "%8.1f %8.1f %8d  %s%s%s",
                    startNanos / 1e6,
                    tookNanos / 1e6,
                    classes,
                    name,
                    subject.isEmpty() ? "" : " " + subject,
                    thread.isEmpty() || thread.equals("main") ? "" : " [" + thread + "]");
        }
    }
}
