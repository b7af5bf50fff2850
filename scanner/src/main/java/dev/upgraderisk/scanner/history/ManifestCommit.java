package dev.upgraderisk.scanner.history;

import java.time.Instant;

/** A commit that changed a manifest: its id, when, by whom, its subject line, and the state of its manifests. */
public record ManifestCommit(String id, Instant time, String author, String subject, String manifestState) {
    public String shortId() {
        return id.substring(0, 12);
    }
}
