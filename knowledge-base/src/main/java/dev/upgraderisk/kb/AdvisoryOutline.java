package dev.upgraderisk.kb;

import java.util.List;

/**
 * What the knowledge base's index needs of an advisory, without reading the rest of it: its id, the packages it
 * affects (in the order of its {@code affected} list) and the other names those packages go by.
 */
public record AdvisoryOutline(String id, List<PackageName> affected, List<String> packageAliases) {
    public AdvisoryOutline {
        affected = List.copyOf(affected);
        packageAliases = List.copyOf(packageAliases);
    }

    public static AdvisoryOutline of(Advisory a) {
        return new AdvisoryOutline(
                a.id(),
                a.affected().stream().map(Affected::pkg).toList(),
                a.facts().packageAliases());
    }
}
