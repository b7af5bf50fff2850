package dev.upgraderisk.kb.guard;

import dev.upgraderisk.kb.Advisory;
import dev.upgraderisk.kb.Affected;
import dev.upgraderisk.kb.AffectedRange;
import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.version.VersionScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The packages to guard, from a knowledge base's advisories: one per package however many advisories and names it
 * has, so that a bot reads one rule per package (Renovate lets a later rule's {@code allowedVersions} replace an
 * earlier one's, so two rules for one package would lose a window).
 */
public final class GuardedPackages {
    private GuardedPackages() {}

    /** The packages of {@code advisories} that {@code selection} covers, by ecosystem and name. */
    public static List<GuardedPackage> of(KnowledgeBase kb, List<Advisory> advisories, GuardSelection selection) {
        List<Group> groups = new ArrayList<>();
        for (Advisory advisory : advisories) {
            for (Affected affected : advisory.affected()) {
                Set<PackageName> names =
                        kb.namesOf(affected.pkg(), advisory.facts().packageAliases());
                Ecosystem ecosystem = affected.pkg().ecosystem();
                List<AffectedWindow> windows = windowsOf(affected);
                if (windows.isEmpty() || !selection.covers(advisory, ecosystem, names)) continue;
                Group group = new Group(ecosystem, new LinkedHashSet<>(), new TreeMap<>(), new TreeMap<>());
                names.forEach(n -> group.names.add(n.name()));
                group.advisories.put(advisory.id(), advisory);
                group.windows.put(advisory.id(), new ArrayList<>(windows));
                join(groups, group);
            }
        }
        return groups.stream()
                .map(GuardedPackages::toPackage)
                .sorted(Comparator.comparing(GuardedPackage::ecosystem).thenComparing(GuardedPackage::name))
                .toList();
    }

    private static GuardedPackage toPackage(Group g) {
        VersionScheme scheme = g.ecosystem.versionScheme();
        List<AffectedWindow> all = new ArrayList<>();
        List<AdvisoryWindows> each = new ArrayList<>();
        g.windows.forEach((id, windows) -> {
            all.addAll(windows);
            each.add(new AdvisoryWindows(g.advisories.get(id), VersionWindows.merge(windows, scheme)));
        });
        return new GuardedPackage(g.ecosystem, List.copyOf(g.names), VersionWindows.merge(all, scheme), each);
    }

    private static List<AffectedWindow> windowsOf(Affected affected) {
        List<AffectedWindow> windows = new ArrayList<>();
        for (AffectedRange range : affected.ranges()) {
            windows.addAll(AffectedWindow.of(range, affected.pkg().ecosystem().versionScheme()));
        }
        affected.versions().forEach(v -> windows.add(AffectedWindow.single(v)));
        return windows;
    }

    /** Adds {@code group}, joined with every group of its ecosystem that shares a name with it. */
    private static void join(List<Group> groups, Group group) {
        List<Group> touching = groups.stream()
                .filter(g -> g.ecosystem == group.ecosystem && !Collections.disjoint(g.names, group.names))
                .toList();
        if (touching.isEmpty()) {
            groups.add(group);
            return;
        }
        Group into = touching.get(0);
        for (Group other : touching.subList(1, touching.size())) {
            into.absorb(other);
            groups.remove(other);
        }
        into.absorb(group);
    }

    private record Group(
            Ecosystem ecosystem,
            Set<String> names,
            Map<String, List<AffectedWindow>> windows,
            Map<String, Advisory> advisories) {
        void absorb(Group other) {
            names.addAll(other.names);
            other.windows.forEach((id, w) ->
                    windows.computeIfAbsent(id, k -> new ArrayList<>()).addAll(w));
            advisories.putAll(other.advisories);
        }
    }
}
