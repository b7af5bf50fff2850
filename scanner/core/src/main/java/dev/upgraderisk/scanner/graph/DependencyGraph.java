package dev.upgraderisk.scanner.graph;

import dev.upgraderisk.kb.Ecosystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The resolved dependencies of one manifest (one Maven module, one go.mod, one lockfile). {@code manifest} is the
 * manifest's path relative to the scanned root; {@code root} names the project itself ({@code group:artifact:version},
 * a Go module path, an npm package name). {@code notes} say what the reader could not know for sure (for example
 * that a Go graph before go 1.17 is approximate); {@code gaps} say which part of the graph is missing, and a graph
 * with a gap is not {@link #complete()}. {@code declarationLines} gives, where the format tells, the line that
 * declares each direct dependency (for reports that point at the manifest).
 */
public record DependencyGraph(
        String manifest,
        Ecosystem ecosystem,
        String root,
        List<GraphNode> nodes,
        List<String> notes,
        List<String> gaps,
        Map<String, Integer> declarationLines) {
    /** How reports show a gap among the notes. */
    public static final String INCOMPLETE = "incomplete: ";

    public DependencyGraph {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(root, "root");
        nodes = List.copyOf(nodes);
        notes = List.copyOf(notes);
        gaps = List.copyOf(gaps);
        declarationLines = Map.copyOf(declarationLines);
    }

    public DependencyGraph(
            String manifest,
            Ecosystem ecosystem,
            String root,
            List<GraphNode> nodes,
            List<String> notes,
            Map<String, Integer> declarationLines) {
        this(manifest, ecosystem, root, nodes, notes, List.of(), declarationLines);
    }

    public DependencyGraph(
            String manifest, Ecosystem ecosystem, String root, List<GraphNode> nodes, List<String> notes) {
        this(manifest, ecosystem, root, nodes, notes, List.of(), Map.of());
    }

    public DependencyGraph(String manifest, Ecosystem ecosystem, String root, List<GraphNode> nodes) {
        this(manifest, ecosystem, root, nodes, List.of(), List.of(), Map.of());
    }

    /** This graph with one more note. */
    public DependencyGraph withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new DependencyGraph(manifest, ecosystem, root, nodes, more, gaps, declarationLines);
    }

    /** False when the reader knows that part of the graph is missing (the gaps say why). */
    public boolean complete() {
        return gaps.isEmpty();
    }

    /** What reports show: the notes, then each gap as a note that begins with {@link #INCOMPLETE}. */
    public List<String> displayNotes() {
        List<String> all = new ArrayList<>(notes);
        gaps.forEach(g -> all.add(INCOMPLETE + g));
        return List.copyOf(all);
    }

    /** The line of the manifest that declares this direct dependency (1 when the format does not say). */
    public int lineOf(String packageName) {
        return declarationLines.getOrDefault(packageName, 1);
    }
}
