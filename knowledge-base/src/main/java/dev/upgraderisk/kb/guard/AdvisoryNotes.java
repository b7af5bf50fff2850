package dev.upgraderisk.kb.guard;

import dev.upgraderisk.kb.Advisory;

/** One-line descriptions of a package's advisories, for the comments and notes that bots show to people. */
final class AdvisoryNotes {
    private AdvisoryNotes() {}

    static String of(Advisory a) {
        return a.id() + " (" + a.facts().severity() + ", " + a.facts().kind().id() + "): " + oneLine(a.summary());
    }

    /** Text on one line, without control characters or the {@code {{} that starts a Renovate template. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").replace("{{", "{ {").strip();
    }
}
