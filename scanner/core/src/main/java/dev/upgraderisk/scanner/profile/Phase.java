package dev.upgraderisk.scanner.profile;

/** One timed step of a run, ended by {@link #close()} (use it in a try-with-resources block). */
@FunctionalInterface
public interface Phase extends AutoCloseable {
    @Override
    void close();
}
