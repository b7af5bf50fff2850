package dev.upgraderisk.kb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One advisory in OSV's shape: a curated regression entry or an imported OSV security advisory ({@code origin}).
 * {@code source} names where it was read from (a file path relative to the knowledge base, or the OSV file), for
 * error messages and reports.
 */
public record Advisory(
        String id,
        List<String> aliases,
        String summary,
        String details,
        List<Affected> affected,
        List<Reference> references,
        RegressionFacts facts,
        String modified,
        String published,
        String source,
        Origin origin) {
    public Advisory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        aliases = List.copyOf(aliases);
        affected = List.copyOf(affected);
        references = List.copyOf(references);
    }

    /** The first reference of the given type (REPORT, FIX, WEB, ...). */
    public Optional<String> reference(String type) {
        return references.stream()
                .filter(r -> r.type().equals(type))
                .map(Reference::url)
                .findFirst();
    }

    public List<String> references(String type) {
        return references.stream()
                .filter(r -> r.type().equals(type))
                .map(Reference::url)
                .toList();
    }
}
