package dev.upgraderisk.kb.guard;

import dev.upgraderisk.kb.Ecosystem;
import java.util.List;
import java.util.Objects;

/**
 * One {@code updates} entry of a dependabot.yml: Dependabot's package ecosystem ({@code maven}, {@code gradle},
 * {@code gomod}, {@code npm}), the knowledge-base ecosystem whose packages it updates, and where its manifests are.
 */
public record DependabotUpdate(String packageEcosystem, Ecosystem ecosystem, List<String> directories) {
    public DependabotUpdate {
        Objects.requireNonNull(packageEcosystem, "packageEcosystem");
        Objects.requireNonNull(ecosystem, "ecosystem");
        directories = List.copyOf(directories);
        if (directories.isEmpty()) throw new IllegalArgumentException("an update needs a directory");
    }

    /** The entry for a whole repository of one ecosystem: its package manager at the root. */
    public static DependabotUpdate atRoot(Ecosystem ecosystem) {
        return new DependabotUpdate(DependabotRanges.packageEcosystem(ecosystem), ecosystem, List.of("/"));
    }
}
