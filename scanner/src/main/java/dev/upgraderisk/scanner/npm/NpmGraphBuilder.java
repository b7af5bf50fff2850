package dev.upgraderisk.scanner.npm;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.PathStep;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.manifest.NearestPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns lock entries into a {@link DependencyGraph}: one node per entry (a link is represented by the entry it
 * points to), edges found as Node finds modules, direct dependencies from the root, and for every node the shortest
 * chain from each of the (at most {@value #MAX_PATHS}) nearest direct dependencies that reach it, shortest first.
 */
final class NpmGraphBuilder {
    /** Paths kept per node: the shortest chain from each of the direct dependencies nearest to it. */
    static final int MAX_PATHS = NearestPaths.MAX_PATHS;

    private static final int MAX_LINK_HOPS = 16;
    private static final int LISTED_IN_NOTES = 5;

    private final Map<String, LockEntry> byLocation = new LinkedHashMap<>();
    private final List<String> notes;

    private NpmGraphBuilder(List<LockEntry> entries, List<String> notes) {
        entries.forEach(e -> byLocation.put(e.location(), e));
        this.notes = new ArrayList<>(notes);
    }

    /**
     * @param declaredRoot the root's declared dependency names and workspaces; empty when unknown, and then the
     *     direct dependencies are the top-level entries that no other entry requires
     */
    static DependencyGraph build(
            String manifestPath,
            String rootLabel,
            Optional<RootPackage> declaredRoot,
            List<LockEntry> entries,
            List<String> notes) {
        return new NpmGraphBuilder(entries, notes).build(manifestPath, rootLabel, declaredRoot);
    }

    private DependencyGraph build(String manifestPath, String rootLabel, Optional<RootPackage> declaredRoot) {
        List<LockEntry> nodes = nodeEntries();
        nodes.sort(Comparator.comparing(LockEntry::location));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i).location(), i);

        int[][] edges = new int[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            LockEntry node = nodes.get(i);
            int self = i;
            Set<Integer> targets = new LinkedHashSet<>();
            if (!node.isLink()) {
                for (String name : node.dependencyNames()) {
                    resolve(node.location(), name)
                            .map(index::get)
                            .filter(t -> t != self)
                            .ifPresent(targets::add);
                }
            }
            edges[i] = targets.stream().mapToInt(Integer::intValue).toArray();
        }

        boolean[] direct = new boolean[nodes.size()];
        if (declaredRoot.isPresent()) {
            RootPackage root = declaredRoot.get();
            for (String name : root.dependencyNames()) {
                resolve("", name).map(index::get).ifPresent(t -> direct[t] = true);
            }
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).isTopLevelFolder()
                        && root.isWorkspace(nodes.get(i).location())) direct[i] = true;
            }
        } else {
            boolean[] required = new boolean[nodes.size()];
            for (int[] targets : edges) for (int t : targets) required[t] = true;
            for (int i = 0; i < nodes.size(); i++) {
                String location = nodes.get(i).location();
                boolean topLevel = location.startsWith("node_modules/")
                        && LockEntry.folderName(location)
                                .map(n -> location.equals("node_modules/" + n))
                                .orElse(false);
                direct[i] = topLevel && !required[i];
            }
            notes.add("no root entry and no package.json beside the lockfile: direct dependencies are inferred as "
                    + "the top-level entries that no other entry requires");
        }

        List<List<DependencyPath>> paths = paths(nodes, edges, direct);
        List<GraphNode> out = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        int bundled = 0;
        for (int i = 0; i < nodes.size(); i++) {
            LockEntry e = nodes.get(i);
            if (paths.get(i).isEmpty()) unreachable.add(e.location());
            if (e.flags().inBundle()) bundled++;
            out.add(new GraphNode(
                    new PackageName(Ecosystem.NPM, e.name()),
                    e.version(),
                    "",
                    "",
                    e.location(),
                    scopeOf(e).label(),
                    e.flags().optional(),
                    direct[i],
                    paths.get(i),
                    List.of(),
                    e.aliasName().map(List::of).orElse(List.of())));
        }
        if (bundled > 0) {
            notes.add(bundled + " entries are bundled inside their parent package (inBundle): they ship in the "
                    + "parent's tarball and change only when the parent does");
        }
        if (!unreachable.isEmpty()) {
            notes.add(unreachable.size() + " entries are not reachable from the root's dependencies and have no "
                    + "paths: " + listed(unreachable));
        }
        return new DependencyGraph(manifestPath, Ecosystem.NPM, rootLabel, out, notes);
    }

    /**
     * npm writes no dev or optional flag on a bundled entry: it ships inside its bundler's tarball, so it has the
     * bundler's scope (the nearest enclosing package that is not itself bundled).
     */
    private NpmScope scopeOf(LockEntry e) {
        LockEntry.Flags f = e.flags();
        if (!f.inBundle() || f.dev() || f.optional() || f.devOptional() || f.peer()) return NpmScope.of(f);
        String location = e.location();
        for (int cut = location.lastIndexOf("/node_modules/"); cut > 0; cut = location.lastIndexOf("/node_modules/")) {
            location = location.substring(0, cut);
            LockEntry enclosing = byLocation.get(location);
            if (enclosing != null && !enclosing.flags().inBundle()) return NpmScope.of(enclosing.flags());
        }
        return NpmScope.of(f);
    }

    /** Every non-link entry, plus the links whose target the lockfile does not list (with an empty version). */
    private List<LockEntry> nodeEntries() {
        List<LockEntry> out = new ArrayList<>();
        for (LockEntry e : byLocation.values()) {
            if (!e.isLink()) {
                out.add(e);
            } else if (followLink(e.location()).isEmpty()) {
                String target = e.linkTarget().orElse("");
                notes.add("link " + e.location()
                        + (target.isEmpty()
                                ? " names no target"
                                : " points to '" + target + "', which the lockfile does not list")
                        + ": reported at the link with an empty version");
                out.add(new LockEntry(e.location(), e.name(), "", e.aliasName(), e.flags(), e.linkTarget(), List.of()));
            }
        }
        return out;
    }

    /** Where Node finds {@code name} required from {@code from}: a node location (links followed), or empty. */
    private Optional<String> resolve(String from, String name) {
        for (String candidate : LockPaths.candidates(from, name)) {
            LockEntry e = byLocation.get(candidate);
            if (e == null) continue;
            return Optional.of(followLink(candidate).orElse(candidate)); // an unresolved link is a node itself
        }
        return Optional.empty();
    }

    /** The non-link entry a link leads to (through chains of links), or empty when the lockfile does not list it. */
    private Optional<String> followLink(String linkLocation) {
        String location = linkLocation;
        for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
            LockEntry e = byLocation.get(location);
            if (e == null) return Optional.empty();
            if (!e.isLink()) return Optional.of(location);
            location = e.linkTarget().orElse("");
            if (location.isEmpty()) return Optional.empty();
        }
        return Optional.empty();
    }

    /** Each node's paths from its nearest direct dependencies ({@link NearestPaths}). */
    private static List<List<DependencyPath>> paths(List<LockEntry> nodes, int[][] edges, boolean[] direct) {
        PathStep[] steps = new PathStep[nodes.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = new PathStep(
                    new PackageName(Ecosystem.NPM, nodes.get(i).name()),
                    nodes.get(i).version());
        }
        return NearestPaths.of(steps, edges, direct);
    }

    private static String listed(List<String> locations) {
        String shown = String.join(", ", locations.subList(0, Math.min(LISTED_IN_NOTES, locations.size())));
        return locations.size() > LISTED_IN_NOTES
                ? shown + " and " + (locations.size() - LISTED_IN_NOTES) + " more"
                : shown;
    }
}
