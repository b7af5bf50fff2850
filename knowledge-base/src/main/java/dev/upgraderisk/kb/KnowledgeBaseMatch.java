package dev.upgraderisk.kb;

import java.util.Optional;

/**
 * An advisory that affects a package version. {@code matchedAs} is the name under which the entry lists the
 * package; it differs from the queried name when the match went through an alias or a rename.
 */
public record KnowledgeBaseMatch(
        Advisory advisory,
        Affected affected,
        PackageName queried,
        PackageName matchedAs,
        Optional<PackageRename> rename) {
    public boolean viaAlias() {
        return !queried.equals(matchedAs);
    }
}
