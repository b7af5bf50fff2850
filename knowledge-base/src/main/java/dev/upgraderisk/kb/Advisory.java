package dev.upgraderisk.kb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One knowledge-base entry in OSV's shape. {@code source} names where it was read from (a file path relative to the
 * knowledge base, or an OSV import), for error messages and reports.
 */
public record Advisory(String id, List<String> aliases, String summary, String details, List<Affected> affected,
        List<Reference> references, RegressionFacts facts, String modified, String published, String source) {
    public Advisory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        affected = List.copyOf(affected);
        references = List.copyOf(references);
    }

    /** The first reference of the given type (REPORT, FIX, WEB, ...). */
    public Optional<String> reference(String type) {
        return references.stream().filter(r -> r.type().equals(type)).map(Reference::url).findFirst();
    }

    public List<String> references(String type) {
        return references.stream().filter(r -> r.type().equals(type)).map(Reference::url).toList();
    }
}
