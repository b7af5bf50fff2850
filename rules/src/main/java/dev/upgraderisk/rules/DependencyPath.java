package dev.upgraderisk.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a package got into the graph: the chain from a direct dependency of the manifest down to the package itself
 * (the manifest's own module is not included). A direct dependency has a path of one step.
 */
public record DependencyPath(List<PathStep> steps) {
    public DependencyPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a dependency path has at least one step");
        }
    }

    public PathStep direct() {
        return steps.get(0);
    }

    @Override
    public String toString() {
        return steps.stream().map(PathStep::toString).collect(Collectors.joining(" > "));
    }
}
