package dev.upgraderisk.kb;

import java.util.Objects;

/** An OSV reference: {@code REPORT} (the upstream issue), {@code FIX} (PR or commit), {@code WEB}, ... */
public record Reference(String type, String url) {
    public Reference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
    }
}
