package dev.upgraderisk.scanner.api;

/** The user's input is wrong: a missing path, a malformed manifest, a bad option. Message says where. */
public final class InputException extends ScanException {
    public InputException(String message, String hint) {
        super(message, hint, null);
    }

    public InputException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
