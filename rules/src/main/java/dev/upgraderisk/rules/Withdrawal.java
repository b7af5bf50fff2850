package dev.upgraderisk.rules;

import java.util.Objects;

/**
 * A version its own publisher withdrew: a Go {@code retract} directive in the module's latest go.mod, or an npm
 * deprecation message on that version. {@code reason} is the publisher's text (may be empty); {@code source} says
 * where it was read ({@code https://proxy.golang.org/m/@v/v1.2.3.mod}).
 */
public record Withdrawal(Kind kind, String reason, String source) {
    public enum Kind {
        RETRACTED("retracted by its module's author"),
        DEPRECATED("deprecated on the npm registry");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public Withdrawal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }
}
