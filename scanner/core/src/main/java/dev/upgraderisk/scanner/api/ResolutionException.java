package dev.upgraderisk.scanner.api;

import java.util.List;

/**
 * Something could not be fetched from a repository (not found, offline, network). Names the artifact and the
 * repositories tried, and carries what was resolved before the failure (never reported as complete).
 */
public final class ResolutionException extends ScanException {
    private final transient List<?> partial;

    public ResolutionException(String message, String hint, Throwable cause, List<?> partial) {
        super(message, hint, cause);
        this.partial = List.copyOf(partial);
    }

    /** Whatever was resolved before the failure (for example the modules that did resolve). */
    public List<?> partial() {
        return partial;
    }
}
