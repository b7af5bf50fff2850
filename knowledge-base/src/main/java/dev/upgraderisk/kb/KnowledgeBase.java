package dev.upgraderisk.kb;

import dev.upgraderisk.kb.version.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loaded, validated set of advisories, indexed by every name a package is known under (its entry name, the
 * entry's {@code package_aliases}, and both ends of a known rename).
 */
public final class KnowledgeBase {
    private final List<Advisory> advisories;
    private final List<PackageRename> renames;
    private final KnowledgeBaseOrigin origin;
    private final Map<PackageName, List<Named>> index = new HashMap<>();
    private final Map<PackageName, List<Indexed>> compiled = new ConcurrentHashMap<>();
    private final Map<String, Integer> byId = new HashMap<>();

    /** The {@code affected}-th package of the {@code advisory}-th advisory, filed under one of the package's names. */
    private record Named(int advisory, int affected) {}

    /**
     * An affected package with its versions parsed once, the first time its package is matched (a scan looks up a
     * few hundred packages of the thousands the knowledge base names, so start-up parses none): matching then compares parsed
     * versions only (events sorted as OSV evaluates them; introduced "0" is the very beginning).
     */
    private record Indexed(
            Advisory advisory,
            Affected affected,
            List<Version[]> rangeVersions,
            List<RangeEvent.Type[]> rangeTypes,
            List<Version> versions) {
        static Indexed of(Advisory advisory, Affected affected) {
            var scheme = affected.pkg().ecosystem().versionScheme();
            List<Version[]> vs = new ArrayList<>();
            List<RangeEvent.Type[]> ts = new ArrayList<>();
            for (AffectedRange r : affected.ranges()) {
                List<RangeEvent> sorted = r.sorted(scheme);
                Version[] v = new Version[sorted.size()];
                RangeEvent.Type[] t = new RangeEvent.Type[sorted.size()];
                for (int i = 0; i < sorted.size(); i++) {
                    v[i] = sorted.get(i).isFromBeginning()
                            ? null
                            : scheme.parseValid(sorted.get(i).version());
                    t[i] = sorted.get(i).type();
                }
                vs.add(v);
                ts.add(t);
            }
            return new Indexed(
                    advisory,
                    affected,
                    vs,
                    ts,
                    affected.versions().stream().map(scheme::parseValid).toList());
        }

        boolean contains(Version version) {
            for (Version v : versions) {
                if (v.compareTo(version) == 0) return true;
            }
            for (int r = 0; r < rangeVersions.size(); r++) {
                if (AffectedRange.contains(rangeVersions.get(r), rangeTypes.get(r), version)) return true;
            }
            return false;
        }
    }

    public KnowledgeBase(List<Advisory> advisories, List<PackageRename> renames, KnowledgeBaseOrigin origin) {
        this(advisories.stream().sorted(Comparator.comparing(Advisory::id)).toList(), null, renames, origin);
    }

    /**
     * A knowledge base whose advisories are read only when asked for: {@code advisories} (ordered by id) may decode
     * each one on its first {@code get}, and the index is built from the {@code outlines} (one per advisory, same
     * order) alone. A scan then reads only the advisories of the packages it finds.
     */
    public static KnowledgeBase ofOutlines(
            List<AdvisoryOutline> outlines,
            List<Advisory> advisories,
            List<PackageRename> renames,
            KnowledgeBaseOrigin origin) {
        if (outlines.size() != advisories.size()) {
            throw new IllegalArgumentException(outlines.size() + " outlines for " + advisories.size() + " advisories");
        }
        return new KnowledgeBase(advisories, outlines, renames, origin);
    }

    private KnowledgeBase(
            List<Advisory> sorted,
            List<AdvisoryOutline> outlines,
            List<PackageRename> renames,
            KnowledgeBaseOrigin origin) {
        this.advisories = sorted;
        this.renames = List.copyOf(renames);
        this.origin = origin;
        for (int a = 0; a < sorted.size(); a++) {
            AdvisoryOutline outline = outlines == null ? AdvisoryOutline.of(sorted.get(a)) : outlines.get(a);
            byId.put(outline.id(), a);
            for (int af = 0; af < outline.affected().size(); af++) {
                Named named = new Named(a, af);
                for (PackageName name : namesOf(outline.affected().get(af), outline.packageAliases())) {
                    index.computeIfAbsent(name, k -> new ArrayList<>()).add(named);
                }
            }
        }
    }

    public static KnowledgeBase empty() {
        return new KnowledgeBase(List.of(), List.of(), new KnowledgeBaseOrigin("empty", "", "none"));
    }

    /** Every name {@code pkg} is matched under: itself, the entry's aliases, and both ends of a known rename. */
    public Set<PackageName> namesOf(PackageName pkg, List<String> aliases) {
        Set<PackageName> names = new LinkedHashSet<>();
        names.add(pkg);
        aliases.forEach(a -> names.add(new PackageName(pkg.ecosystem(), a)));
        for (PackageRename r : renames) {
            if (names.contains(r.from()) || names.contains(r.to())) {
                names.add(r.from());
                names.add(r.to());
            }
        }
        return names;
    }

    /** This knowledge base with more advisories added (for example OSV security advisories); origin kept. */
    public KnowledgeBase with(List<Advisory> more, KnowledgeBaseOrigin newOrigin) {
        List<Advisory> all = new ArrayList<>(advisories);
        all.addAll(more);
        return new KnowledgeBase(all, renames, newOrigin);
    }

    public List<Advisory> advisories() {
        return advisories;
    }

    public List<PackageRename> renames() {
        return renames;
    }

    public KnowledgeBaseOrigin origin() {
        return origin;
    }

    public Optional<Advisory> byId(String id) {
        return Optional.ofNullable(byId.get(id)).map(advisories::get);
    }

    /** True when some entry names this package (under any of its names). */
    public boolean knows(PackageName pkg) {
        return index.containsKey(pkg);
    }

    /** The advisories that affect {@code version} of {@code pkg}, ordered by id. */
    public List<KnowledgeBaseMatch> match(PackageName pkg, Version version) {
        List<Indexed> candidates = index.containsKey(pkg) ? compiled.computeIfAbsent(pkg, this::compile) : List.of();
        List<KnowledgeBaseMatch> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Indexed c : candidates) {
            if (c.contains(version) && seen.add(c.advisory().id())) {
                out.add(new KnowledgeBaseMatch(
                        c.advisory(), c.affected(), pkg, c.affected().pkg(), renameOf(pkg)));
            }
        }
        return out;
    }

    private List<Indexed> compile(PackageName pkg) {
        return index.get(pkg).stream()
                .map(n -> {
                    Advisory a = advisories.get(n.advisory());
                    return Indexed.of(a, a.affected().get(n.affected()));
                })
                .toList();
    }

    /** Every advisory that names the package at all, whatever the version. */
    public List<Advisory> advisoriesFor(PackageName pkg) {
        return index.getOrDefault(pkg, List.of()).stream()
                .map(n -> advisories.get(n.advisory()))
                .distinct()
                .toList();
    }

    /** The rename that moved this package away from its name, if it is known to have moved. */
    public Optional<PackageRename> renameOf(PackageName pkg) {
        return renames.stream().filter(r -> r.from().equals(pkg)).findFirst();
    }
}
