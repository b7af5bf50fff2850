package dev.upgraderisk.scanner.sbom;

import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.PathStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * For each node of an SBOM's graph, the shortest chain from each of its (at most {@value #MAX_PATHS}) nearest
 * direct dependencies, shortest first: one breadth-first search from all direct dependencies at once, in which each
 * node keeps at most {@value #MAX_PATHS} labels (direct dependency, distance, previous node), as the npm graph does.
 * Cycles, which SBOM graphs may have, end nowhere: a node passes each direct dependency on once.
 */
final class SbomPaths {
    static final int MAX_PATHS = 10;

    private SbomPaths() {}

    static List<List<DependencyPath>> of(PathStep[] steps, int[][] edges, boolean[] direct) {
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
        List<List<DependencyPath>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<DependencyPath> paths = new ArrayList<>(count[i]);
            for (int k = 0; k < count[i]; k++) {
                int from = source[i][k];
                PathStep[] chain = new PathStep[distance[i][k] + 1];
                int at = i;
                for (int pos = chain.length - 1; pos >= 0; pos--) {
                    chain[pos] = steps[at];
                    if (pos > 0) at = previous[at][slotOf(source[at], count[at], from)];
                }
                paths.add(new DependencyPath(List.of(chain)));
            }
            paths.sort(Comparator.comparingInt((DependencyPath p) -> p.steps().size())
                    .thenComparing(DependencyPath::toString));
            out.add(List.copyOf(paths));
        }
        return out;
    }

    private static int slotOf(int[] sources, int count, int source) {
        for (int k = 0; k < count; k++) {
            if (sources[k] == source) return k;
        }
        return -1;
    }
}
