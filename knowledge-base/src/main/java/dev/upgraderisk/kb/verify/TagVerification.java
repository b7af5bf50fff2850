package dev.upgraderisk.kb.verify;

import java.util.List;

/**
 * What {@code kb verify} found: a line per problem ({@code file: field: message}), the entries whose every checkable
 * reference was checked and held, and the entries it could not check (no commit or pull request of a cloned
 * repository among their references), with why.
 */
public record TagVerification(List<String> problems, List<String> verified, List<String> skipped) {
    public TagVerification {
        problems = List.copyOf(problems);
        verified = List.copyOf(verified);
        skipped = List.copyOf(skipped);
    }
}
