package dev.upgraderisk.rules;

import dev.upgraderisk.kb.PackageName;
import java.util.List;
import java.util.Objects;

/**
 * What rules know about one resolved package of one manifest: the version that won, its scope, whether it is a
 * direct dependency, every path that brings it in, the versions other paths requested but lost, and the
 * coordinates it was relocated or replaced from ({@code group:artifact:version}, {@code module@version}).
 */
public record PackageFacts(
        String manifest,
        PackageName pkg,
        String version,
        String scope,
        boolean optional,
        boolean direct,
        List<DependencyPath> paths,
        List<MediatedRequest> lostRequests,
        List<String> relocatedFrom) {
    public PackageFacts {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scope, "scope");
        paths = List.copyOf(paths);
        lostRequests = List.copyOf(lostRequests);
        relocatedFrom = List.copyOf(relocatedFrom);
    }

    public PackageFacts(
            String manifest,
            PackageName pkg,
            String version,
            String scope,
            boolean optional,
            boolean direct,
            List<DependencyPath> paths,
            List<MediatedRequest> lostRequests) {
        this(manifest, pkg, version, scope, optional, direct, paths, lostRequests, List.of());
    }
}
