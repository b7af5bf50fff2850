package dev.upgraderisk.scanner.manifest;

import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.PathStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The paths a lockfile-style graph reports for each node (npm lockfiles, SBOMs): graphs whose edges are written
 * down, possibly with cycles, and large (a monorepo lockfile holds tens of thousands of nodes).
 */
public final class NearestPaths {
    /** At most this many paths per node. */
    public static final int MAX_PATHS = 10;

    private NearestPaths() {}

    /**
     * For each node, the shortest chain from each of its {@value #MAX_PATHS} nearest direct dependencies (ties: in
     * breadth-first order, direct dependencies taken in location order). One breadth-first search from all direct
     * dependencies at once, where each node keeps at most {@value #MAX_PATHS} labels (direct dependency, distance,
     * previous node): the first labels to reach a node are its nearest direct dependencies, and a node that is full
     * passes nothing further, since everything it would pass is at least as far as what it already passed.
     */
    public static List<List<DependencyPath>> of(PathStep[] steps, int[][] edges, boolean[] direct) {
        int n = steps.length;
        int[] count = new int[n];
        int[][] source = new int[n][MAX_PATHS];
        int[][] distance = new int[n][MAX_PATHS];
        int[][] previous = new int[n][MAX_PATHS];
        int[] queueNode = new int[n * MAX_PATHS];
        int[] queueSlot = new int[n * MAX_PATHS];
        int tail = 0;
        for (int d = 0; d < n; d++) {
            if (!direct[d]) continue;
            source[d][0] = d;
            distance[d][0] = 0;
            previous[d][0] = -1;
            count[d] = 1;
            queueNode[tail] = d;
            queueSlot[tail++] = 0;
        }
        for (int head = 0; head < tail; head++) {
            int at = queueNode[head];
            int slot = queueSlot[head];
            int from = source[at][slot];
            for (int next : edges[at]) {
                if (count[next] == MAX_PATHS || slotOf(source[next], count[next], from) >= 0) continue;
                int k = count[next]++;
                source[next][k] = from;
                distance[next][k] = distance[at][slot] + 1;
                previous[next][k] = at;
                queueNode[tail] = next;
                queueSlot[tail++] = k;
            }
        }
        String[] labels = new String[n]; // each step's text once, not once per path through it
        for (int i = 0; i < n; i++) labels[i] = steps[i].toString();
        List<List<DependencyPath>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Keyed> paths = new ArrayList<>(count[i]);
            for (int k = 0; k < count[i]; k++) {
                int from = source[i][k];
                PathStep[] chain = new PathStep[distance[i][k] + 1];
                String[] text = new String[chain.length];
                int at = i;
                for (int pos = chain.length - 1; pos >= 0; pos--) {
                    chain[pos] = steps[at];
                    text[pos] = labels[at];
                    at = previous[at][slotOf(source[at], count[at], from)];
                }
                paths.add(new Keyed(new DependencyPath(List.of(chain)), String.join(" > ", text)));
            }
            out.add(shortestFirst(paths));
        }
        return out;
    }

    /** A path with its text ({@link DependencyPath#toString()}), which orders paths of the same length. */
    private record Keyed(DependencyPath path, String text) {}

    private static int slotOf(int[] sources, int count, int source) {
        for (int k = 0; k < count; k++) {
            if (sources[k] == source) return k;
        }
        return -1;
    }

    /** Shortest first, then by text, each path once. */
    private static List<DependencyPath> shortestFirst(List<Keyed> paths) {
        return paths.stream()
                .distinct()
                .sorted(Comparator.comparingInt((Keyed k) -> k.path().steps().size())
                        .thenComparing(Keyed::text))
                .map(Keyed::path)
                .toList();
    }
}
