package dev.upgraderisk.scanner.maven;

/** Hears of each artifact or POM the resolver finds, locally or by download; for progress on a terminal. */
@FunctionalInterface
public interface ResolutionProgress {
    ResolutionProgress NONE = (artifact, downloaded) -> {};

    /** Called from resolver threads: {@code artifact} as {@code g:a:ext:v}; implementations must be thread-safe. */
    void resolved(String artifact, boolean downloaded);
}
