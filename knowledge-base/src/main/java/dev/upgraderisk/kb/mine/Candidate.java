package dev.upgraderisk.kb.mine;

import java.util.List;

/**
 * A lead for a regression entry, found in a repository's history: never an entry until a person has read its thread.
 * {@code release} is the first release tag that contains it (empty when none does yet), {@code signal} says why it
 * was picked, {@code where} is a commit id or {@code file:line} of a changelog.
 */
public record Candidate(String release, String where, String date, String signal, String text, List<String> issues) {
    public Candidate {
        issues = List.copyOf(issues);
    }

    /** One tab-separated line: release, where, date, signal, issue numbers, text. */
    public String line() {
        return String.join(
                "\t",
                release.isEmpty() ? "(unreleased)" : release,
                where,
                date,
                signal,
                String.join(",", issues),
                text);
    }
}
