package dev.upgraderisk.kb.guard;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.Severity;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which affected packages a guard covers: one ecosystem, one package (under any of its names), advisories at or above
 * a severity, and only packages that a project uses ({@code usedBy}: the names found in its dependency graphs).
 */
public record GuardSelection(
        Optional<Ecosystem> ecosystem,
        Optional<String> packageName,
        Optional<Severity> minSeverity,
        Optional<Set<PackageName>> usedBy) {
    public GuardSelection {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(minSeverity, "minSeverity");
        usedBy = usedBy.map(Set::copyOf);
    }

    public static GuardSelection all() {
        return new GuardSelection(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This selection, limited to the packages a project uses (by any of their names). */
    public GuardSelection usedBy(Set<PackageName> packages) {
        return new GuardSelection(ecosystem, packageName, minSeverity, Optional.of(packages));
    }

    /** True when this selection covers some package the advisory affects. */
    public boolean covers(KnowledgeBase kb, Advisory advisory) {
        return advisory.affected().stream()
                .anyMatch(a -> covers(
                        advisory,
                        a.pkg().ecosystem(),
                        kb.namesOf(a.pkg(), advisory.facts().packageAliases())));
    }

    /** True when the advisory's package, known under {@code names}, is one this guard covers. */
    boolean covers(Advisory advisory, Ecosystem pkgEcosystem, Set<PackageName> names) {
        if (ecosystem.isPresent() && ecosystem.get() != pkgEcosystem) return false;
        if (packageName.isPresent() && names.stream().noneMatch(n -> n.name().equals(packageName.get()))) return false;
        if (minSeverity.isPresent() && !advisory.facts().severity().isAtLeast(minSeverity.get())) return false;
        return usedBy.isEmpty() || names.stream().anyMatch(usedBy.get()::contains);
    }
}
