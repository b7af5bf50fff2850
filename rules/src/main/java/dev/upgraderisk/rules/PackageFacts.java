package dev.upgraderisk.rules;

import dev.upgraderisk.kb.PackageName;
import java.util.List;
import java.util.Objects;

/**
 * What rules know about one resolved package of one manifest: the version that won, its scope, whether it is a
 * direct dependency, every path that brings it in, and the versions other paths requested but lost.
 */
public record PackageFacts(String manifest, PackageName pkg, String version, String scope, boolean optional,
        boolean direct, List<DependencyPath> paths, List<MediatedRequest> lostRequests) {
    public PackageFacts {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scope, "scope");
        paths = List.copyOf(paths);
        lostRequests = List.copyOf(lostRequests);
    }
}
