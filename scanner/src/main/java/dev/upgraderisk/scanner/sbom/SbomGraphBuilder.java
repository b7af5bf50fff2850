package dev.upgraderisk.scanner.sbom;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.PathStep;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.manifest.NearestPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns an {@link SbomDocument} into one {@link DependencyGraph} per ecosystem it holds (a graph has one ecosystem;
 * an SBOM can mix them), all under the SBOM's own path. A package is one node per (package, version, Maven type and
 * classifier), however many components name it. Paths come from the SBOM's graph, from the root's dependencies
 * (or, when the SBOM names no root, from the components nothing depends on); without a graph no package has a path
 * or is direct, and the graph says so in {@link #NO_GRAPH_NOTE}. Components whose purl is of a type the knowledge
 * base does not cover, or that have no purl, are counted in a note on the first graph.
 */
final class SbomGraphBuilder {
    static final String NO_GRAPH_NOTE = "this SBOM has no dependency graph (no CycloneDX dependencies, no SPDX "
            + "DEPENDS_ON or CONTAINS relationships): every package is reported without a path, and which ones are "
            + "direct dependencies is not known";
    private static final int LISTED = 5;

    private record Key(PackageName pkg, String version, String type, String classifier) {}

    private SbomGraphBuilder() {}

    static List<DependencyGraph> build(SbomDocument doc, String manifestPath) throws InputException {
        Map<Key, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> byRef = new HashMap<>();
        List<Set<String>> scopes = new ArrayList<>();
        Map<PackageName, Integer> lines = new HashMap<>();
        Map<String, List<String>> uncovered = new TreeMap<>();
        List<String> noPurl = new ArrayList<>();
        for (SbomComponent c : doc.components()) {
            if (!c.ref().isEmpty() && doc.rootRef().filter(c.ref()::equals).isPresent()) continue; // the project
            if (c.purl().isEmpty()) {
                noPurl.add(c.ref().isEmpty() ? c.where().strip() : c.ref());
                continue;
            }
            Purl purl = Purl.parse(c.purl(), c.where());
            if (purl.pkg().isEmpty()) {
                uncovered.computeIfAbsent(purl.type(), k -> new ArrayList<>()).add(c.purl());
                continue;
            }
            Key key = new Key(purl.pkg().get(), purl.version(), purl.mavenType(), purl.classifier());
            int i = index.computeIfAbsent(key, k -> index.size());
            if (i == scopes.size()) scopes.add(new LinkedHashSet<>());
            scopes.get(i).add(c.scope());
            lines.putIfAbsent(key.pkg(), c.line());
            if (!c.ref().isEmpty()) byRef.putIfAbsent(c.ref(), i);
        }
        List<Key> keys = List.copyOf(index.keySet());
        int n = keys.size();
        int[][] edges = new int[n][];
        List<Set<Integer>> targets = new ArrayList<>();
        for (int i = 0; i < n; i++) targets.add(new LinkedHashSet<>());
        boolean[] required = new boolean[n];
        doc.edges().forEach((from, tos) -> {
            Integer f = byRef.get(from);
            if (f == null) return;
            for (String to : tos) {
                Integer t = byRef.get(to);
                if (t != null && !t.equals(f)) {
                    targets.get(f).add(t);
                    required[t] = true;
                }
            }
        });
        for (int i = 0; i < n; i++)
            edges[i] = targets.get(i).stream().mapToInt(Integer::intValue).toArray();
        boolean[] direct = new boolean[n];
        List<String> notes = new ArrayList<>();
        if (doc.hasGraph()) {
            List<String> rootEdges = doc.rootRef().map(r -> doc.edges().get(r)).orElse(null);
            if (rootEdges != null) {
                rootEdges.stream().map(byRef::get).filter(t -> t != null).forEach(t -> direct[t] = true);
            } else {
                for (int i = 0; i < n; i++) direct[i] = !required[i];
                notes.add("the SBOM does not say what depends on its root: the direct dependencies are taken to be "
                        + "the packages nothing else depends on");
            }
        } else {
            notes.add(NO_GRAPH_NOTE);
        }
        PathStep[] steps = new PathStep[n];
        for (int i = 0; i < n; i++)
            steps[i] = new PathStep(keys.get(i).pkg(), keys.get(i).version());
        List<List<DependencyPath>> paths = NearestPaths.of(steps, edges, direct);
        List<String> unreachable = new ArrayList<>();
        Map<Ecosystem, List<GraphNode>> byEcosystem = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Key k = keys.get(i);
            if (doc.hasGraph() && paths.get(i).isEmpty()) unreachable.add(steps[i].toString());
            byEcosystem
                    .computeIfAbsent(k.pkg().ecosystem(), e -> new ArrayList<>())
                    .add(new GraphNode(
                            k.pkg(),
                            k.version(),
                            k.type(),
                            k.classifier(),
                            "",
                            scope(scopes.get(i)),
                            false,
                            direct[i],
                            paths.get(i),
                            List.of(),
                            List.of()));
        }
        if (!unreachable.isEmpty()) {
            notes.add(unreachable.size() + " packages are not reachable from the SBOM's root and have no paths: "
                    + listed(unreachable));
        }
        List<String> first = new ArrayList<>();
        if (!uncovered.isEmpty()) {
            int count = uncovered.values().stream().mapToInt(List::size).sum();
            first.add(count + " packages are of types the knowledge base does not cover and are not checked ("
                    + uncovered.entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue().size())
                            .collect(Collectors.joining(", "))
                    + "): "
                    + listed(uncovered.values().stream().flatMap(List::stream).toList()));
        }
        if (!noPurl.isEmpty()) {
            first.add(noPurl.size() + " components have no purl and are not checked: " + listed(noPurl));
        }
        if (byEcosystem.isEmpty()) {
            Ecosystem eco = rootEcosystem(doc, manifestPath)
                    .orElseThrow(() -> new InputException(
                            manifestPath + ": none of its " + doc.components().size()
                                    + " components is a Maven, Go or npm package"
                                    + (uncovered.isEmpty() ? "" : " (" + String.join(", ", uncovered.keySet()) + ")"),
                            "upgrade-risk checks Maven, Go and npm packages, named by purls"
                                    + " (pkg:maven/..., pkg:golang/..., pkg:npm/...)"));
            byEcosystem.put(eco, List.of());
        }
        String buildNote = "read from a " + doc.format() + " SBOM: to change a version, change the build that "
                + "produced it (pom.xml, build.gradle, go.mod, package.json) and generate the SBOM again; editing "
                + "the SBOM itself changes nothing";
        List<DependencyGraph> graphs = new ArrayList<>();
        String root = doc.rootLabel().isEmpty() ? manifestPath : doc.rootLabel();
        for (Map.Entry<Ecosystem, List<GraphNode>> e : byEcosystem.entrySet()) {
            List<String> graphNotes = new ArrayList<>();
            graphNotes.add(buildNote);
            graphNotes.addAll(notes);
            if (graphs.isEmpty()) graphNotes.addAll(first);
            Map<String, Integer> declared = new HashMap<>();
            e.getValue().forEach(node -> declared.put(node.pkg().name(), lines.get(node.pkg())));
            graphs.add(new DependencyGraph(manifestPath, e.getKey(), root, e.getValue(), graphNotes, declared));
        }
        return graphs;
    }

    private static Optional<Ecosystem> rootEcosystem(SbomDocument doc, String manifestPath) {
        if (doc.rootPurl().isEmpty()) return Optional.empty();
        try {
            return Purl.parse(doc.rootPurl(), manifestPath + ": ").pkg().map(PackageName::ecosystem);
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /** Required wins (a package any required component needs is required); otherwise the labels joined. */
    private static String scope(Set<String> labels) {
        if (labels.contains("")) return "";
        if (labels.contains("required")) return "required";
        return String.join(",", labels);
    }

    private static String listed(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(LISTED, items.size())));
        return items.size() > LISTED ? shown + " and " + (items.size() - LISTED) + " more" : shown;
    }
}
