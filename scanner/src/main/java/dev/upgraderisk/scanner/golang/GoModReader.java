package dev.upgraderisk.scanner.golang;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.version.VersionScheme;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.MediatedRequest;
import dev.upgraderisk.rules.PathStep;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.manifest.LockfileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Go module's dependencies from its go.mod. From go 1.17 on, go.mod lists every module of the (pruned) build
 * graph, so the requires are the graph. Before 1.17 it lists only part of it; the modules go.sum holds with a full
 * hash are added and the graph is marked approximate. When a module is required at several versions, the highest
 * wins (minimal version selection); the others are kept as lost requests. Replacements take the place of the module
 * they replace; a local folder replacement keeps the module path with no version (its code is not a release).
 * The Go toolchain appears as the package {@code stdlib}.
 */
public final class GoModReader implements LockfileReader {
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    static final String PRUNED_GRAPH_SINCE = "1.17";

    @Override
    public DependencyGraph read(Path file, String manifestPath) throws InputException {
        GoModFile mod = GoModParser.parse(manifestPath, readText(file, manifestPath));
        VersionScheme scheme = Ecosystem.GO.versionScheme();
        List<String> notes = new ArrayList<>();

        Map<String, Selected> selected = new LinkedHashMap<>();
        for (GoModFile.Require r : mod.requires()) {
            Selected prior = selected.get(r.path());
            if (prior == null) {
                selected.put(r.path(), new Selected(r.path(), r.version(), !r.indirect(), new ArrayList<>()));
            } else if (scheme.compare(r.version(), prior.version) > 0) {
                prior.lost.add(prior.version);
                selected.put(r.path(), new Selected(r.path(), r.version(), prior.direct || !r.indirect(), prior.lost));
            } else {
                prior.lost.add(r.version());
            }
        }
        boolean pruned =
                mod.goVersion().map(v -> atLeast(v, PRUNED_GRAPH_SINCE)).orElse(false);
        if (!pruned) {
            Path sum = file.resolveSibling("go.sum");
            String goLine = mod.goVersion().map(v -> "go " + v).orElse("no go directive (Go assumes 1.16)");
            if (Files.isRegularFile(sum)) {
                Set<String> replacementTargets = new HashSet<>();
                mod.replaces().stream()
                        .filter(r -> !r.isLocal() && selected.containsKey(r.oldPath()))
                        .forEach(r -> replacementTargets.add(r.newPath() + "@" + r.newVersion()));
                for (GoSumEntry e : GoSumReader.read(sum, manifestPath.replaceFirst("go\\.mod$", "go.sum"))) {
                    // go.sum lists a replaced module under its replacement: it is the required module, not another
                    if (replacementTargets.contains(e.path() + "@" + e.version())) continue;
                    Selected prior = selected.get(e.path());
                    if (prior == null) {
                        selected.put(e.path(), new Selected(e.path(), e.version(), false, new ArrayList<>()));
                    } else if (!prior.direct && scheme.compare(e.version(), prior.version) > 0) {
                        selected.put(e.path(), new Selected(e.path(), e.version(), false, prior.lost));
                    }
                }
                notes.add(goLine + ": before go " + PRUNED_GRAPH_SINCE + " go.mod does not list the whole module graph;"
                        + " modules from go.sum were added, so the graph is approximate");
            } else {
                notes.add(goLine + ": before go " + PRUNED_GRAPH_SINCE + " go.mod does not list the whole module graph"
                        + " and there is no go.sum beside it; indirect modules may be missing");
            }
        }
        for (GoModFile.Exclude x : mod.excludes()) {
            Selected s = selected.get(x.path());
            if (s != null && s.version.equals(x.version())) {
                notes.add(x.path() + " " + x.version() + " is excluded (line " + x.line() + "); Go uses the next"
                        + " higher version, which go.mod does not name");
            }
        }

        List<GraphNode> nodes = new ArrayList<>();
        for (Selected s : selected.values()) {
            nodes.add(node(s, replacementFor(mod, s)));
        }
        mod.toolchain().map(GoModReader::toolchainVersion).or(mod::goVersion).ifPresent(v -> nodes.add(stdlib(v)));
        nodes.sort(Comparator.comparing(GraphNode::pkg).thenComparing(GraphNode::version));
        String root = mod.module()
                .orElse(file.toAbsolutePath().getParent().getFileName().toString());
        Map<String, Integer> lines = new HashMap<>();
        mod.requires().forEach(r -> lines.putIfAbsent(r.path(), r.line()));
        mod.replaces().forEach(r -> lines.putIfAbsent(r.newPath(), r.line()));
        return new DependencyGraph(manifestPath, Ecosystem.GO, root, nodes, notes, lines);
    }

    private static Optional<GoModFile.Replace> replacementFor(GoModFile mod, Selected s) {
        Optional<GoModFile.Replace> exact = mod.replaces().stream()
                .filter(r -> r.oldPath().equals(s.path) && r.oldVersion().equals(s.version))
                .findFirst();
        return exact.or(() -> mod.replaces().stream()
                .filter(r -> r.oldPath().equals(s.path) && r.oldVersion().isEmpty())
                .findFirst());
    }

    private static GraphNode node(Selected s, Optional<GoModFile.Replace> replace) {
        String path = s.path;
        String version = s.version;
        String location = "";
        List<String> replacedFrom = List.of();
        if (replace.isPresent()) {
            GoModFile.Replace r = replace.get();
            if (r.isLocal()) {
                version = ""; // the code comes from a local folder, not from a release
                location = r.newPath();
            } else {
                path = r.newPath();
                version = r.newVersion();
                replacedFrom = List.of(s.path + "@" + s.version);
            }
        }
        PackageName pkg = new PackageName(Ecosystem.GO, path);
        List<MediatedRequest> lost = s.lost.stream()
                .distinct()
                .map(v -> new MediatedRequest(
                        v, new DependencyPath(List.of(new PathStep(new PackageName(Ecosystem.GO, s.path), v)))))
                .toList();
        return new GraphNode(
                pkg,
                version,
                "",
                "",
                location,
                "",
                false,
                s.direct,
                List.of(new DependencyPath(List.of(new PathStep(pkg, version)))),
                lost,
                replacedFrom);
    }

    private static GraphNode stdlib(String version) {
        PackageName pkg = new PackageName(Ecosystem.GO, "stdlib");
        return new GraphNode(
                pkg,
                version,
                "",
                "",
                "",
                "toolchain",
                false,
                true,
                List.of(new DependencyPath(List.of(new PathStep(pkg, version)))),
                List.of(),
                List.of());
    }

    /** {@code go1.23.6-xyz} → {@code 1.23.6}. */
    static String toolchainVersion(String toolchain) {
        String v = toolchain.startsWith("go") ? toolchain.substring(2) : toolchain;
        int dash = v.indexOf('-');
        return dash < 0 ? v : v.substring(0, dash);
    }

    /** Compares Go language versions such as {@code 1.16}, {@code 1.21.0}, {@code 1.22rc1} by their numbers. */
    static boolean atLeast(String version, String minimum) {
        int[] a = numbers(version);
        int[] b = numbers(minimum);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) return x > y;
        }
        return true;
    }

    private static int[] numbers(String v) {
        String[] parts = v.replaceAll("[^0-9.].*$", "").split("\\.");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parts[i].isEmpty() ? 0 : Integer.parseInt(parts[i]);
        }
        return out;
    }

    static String readText(Path file, String manifestPath) throws InputException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(
                        manifestPath + ": larger than 64 MiB; not a go.mod the go command would read",
                        "check that this is the right file");
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
                if (bytes[i] == 0) {
                    throw new InputException(manifestPath + ": a binary file, not a text go.mod", "check the file");
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(manifestPath + ": cannot read: " + e.getMessage(), "check the file's permissions");
        }
    }

    /** A module and the version minimal version selection settled on so far. */
    private record Selected(String path, String version, boolean direct, List<String> lost) {}
}
