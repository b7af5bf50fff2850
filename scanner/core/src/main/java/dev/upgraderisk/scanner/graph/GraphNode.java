package dev.upgraderisk.scanner.graph;

import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.MediatedRequest;
import java.util.List;
import java.util.Objects;

/**
 * One resolved package of a manifest's graph: the version that won, its coordinates (Maven type and classifier;
 * empty elsewhere), where it sits ({@code location}: npm's {@code node_modules/...} path, empty elsewhere), scope,
 * whether it is optional and direct, every path from the manifest to it, the versions that other paths requested
 * but lost to mediation, and the names it was relocated or replaced from.
 */
public record GraphNode(
        PackageName pkg,
        String version,
        String type,
        String classifier,
        String location,
        String scope,
        boolean optional,
        boolean direct,
        List<DependencyPath> paths,
        List<MediatedRequest> lostRequests,
        List<String> relocatedFrom) {
    public GraphNode {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(scope, "scope");
        paths = List.copyOf(paths);
        lostRequests = List.copyOf(lostRequests);
        relocatedFrom = List.copyOf(relocatedFrom);
    }
}
