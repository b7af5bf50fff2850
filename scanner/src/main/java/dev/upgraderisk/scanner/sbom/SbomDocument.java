package dev.upgraderisk.scanner.sbom;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an SBOM says, whatever its format: its format and spec version ({@code CycloneDX 1.6}, {@code SPDX-2.3}),
 * the name of what it describes and its purl ({@code ""} when it has none), the reference of that root component where the document names one, its
 * components, and its dependency graph: {@code edges} maps a reference to the references it depends on (or
 * contains); {@code hasGraph} is false when the document has no graph at all (then {@code edges} is empty).
 */
record SbomDocument(
        String format,
        String rootLabel,
        String rootPurl,
        Optional<String> rootRef,
        List<SbomComponent> components,
        boolean hasGraph,
        Map<String, List<String>> edges) {
    SbomDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(rootLabel, "rootLabel");
        Objects.requireNonNull(rootPurl, "rootPurl");
        Objects.requireNonNull(rootRef, "rootRef");
        components = List.copyOf(components);
        edges = Map.copyOf(edges);
    }
}
