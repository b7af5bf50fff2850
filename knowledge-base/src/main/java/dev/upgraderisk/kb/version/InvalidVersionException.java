package dev.upgraderisk.kb.version;

/** A version string that its ecosystem's scheme cannot read. */
public final class InvalidVersionException extends Exception {
    private final String version;

    public InvalidVersionException(String version, String reason) {
        super("invalid version '" + version + "': " + reason);
        this.version = version;
    }

    public String version() {
        return version;
    }
}
