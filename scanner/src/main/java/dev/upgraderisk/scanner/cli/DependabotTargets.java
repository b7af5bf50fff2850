package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.guard.DependabotUpdate;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.manifest.ManifestKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dependabot.yml {@code updates} entries for a scanned project: one per Dependabot package ecosystem, with the
 * folders that hold its manifests (a Maven or Gradle build only at its top: Dependabot follows the modules itself).
 */
final class DependabotTargets {
    private DependabotTargets() {}

    static List<DependabotUpdate> of(List<DependencyGraph> graphs) {
        Map<String, Ecosystem> ecosystems = new TreeMap<>();
        Map<String, TreeSet<String>> folders = new TreeMap<>();
        for (DependencyGraph graph : graphs) {
            Path manifest = Path.of(graph.manifest());
            Optional<String> packageEcosystem = ManifestKind.of(manifest).flatMap(DependabotTargets::packageEcosystem);
            if (packageEcosystem.isEmpty()) continue;
            Path folder = manifest.getParent();
            if (folder != null && manifest.getFileName().toString().equals("verification-metadata.xml")) {
                folder = folder.getParent();
            }
            ecosystems.put(packageEcosystem.get(), graph.ecosystem());
            folders.computeIfAbsent(packageEcosystem.get(), k -> new TreeSet<>())
                    .add(folder == null ? "/" : "/" + folder.toString().replace('\\', '/'));
        }
        List<DependabotUpdate> updates = new ArrayList<>();
        folders.forEach((eco, dirs) -> updates.add(new DependabotUpdate(
                eco,
                ecosystems.get(eco),
                eco.equals("maven") || eco.equals("gradle") ? topmost(dirs) : List.copyOf(dirs))));
        return updates;
    }

    private static Optional<String> packageEcosystem(ManifestKind kind) {
        return switch (kind) {
            case MAVEN_POM -> Optional.of("maven");
            case GRADLE_LOCKFILE, GRADLE_VERIFICATION_METADATA -> Optional.of("gradle");
            case GO_MOD -> Optional.of("gomod");
            case NPM_LOCK, NPM_SHRINKWRAP -> Optional.of("npm");
            // other inputs (an SBOM, say) are no manifest that a Dependabot package manager updates
            default -> Optional.empty();
        };
    }

    /** The folders that are not inside another of them. */
    private static List<String> topmost(TreeSet<String> dirs) {
        List<String> top = new ArrayList<>();
        for (String d : dirs) {
            if (top.stream().noneMatch(t -> t.equals("/") || d.startsWith(t + "/"))) top.add(d);
        }
        return top;
    }
}
