package dev.upgraderisk.scanner.api;

/** A scan that could not complete. Each subtype maps to one exit code (see {@code cli.ExitCode}). */
public abstract sealed class ScanException extends Exception permits InputException, ResolutionException {
    private final String hint;

    protected ScanException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What the user can do about it. */
    public String hint() {
        return hint;
    }
}
