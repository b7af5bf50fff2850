package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.api.ScanException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.manifest.Manifest;
import dev.upgraderisk.scanner.maven.MavenGraphResolver;
import dev.upgraderisk.scanner.maven.MavenModule;
import dev.upgraderisk.scanner.maven.MavenOptions;
import dev.upgraderisk.scanner.maven.MavenProjectReader;
import dev.upgraderisk.scanner.maven.MavenRepositoryContext;
import dev.upgraderisk.scanner.maven.ReactorWorkspaceReader;
import dev.upgraderisk.scanner.profile.Phase;
import dev.upgraderisk.scanner.profile.Phases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Maven side of a scan: every reactor among the pom.xml files found, resolved through one resolver session.
 * The shallowest pom is read as Maven would read it from its folder; a pom inside a folder that a reactor already
 * covers is not read again (it is a module, a module of an inactive profile, or test data), and neither is a pom
 * under a {@code src/} folder (archetype templates, fixtures).
 */
final class MavenProjects {
    private MavenProjects() {}

    /** The graphs and the modules (for advice) of every reactor. */
    record Resolved(List<DependencyGraph> graphs, List<MavenModule> modules) {}

    static Resolved resolve(
            List<Manifest> poms,
            Path root,
            MavenRepositoryContext context,
            ReactorWorkspaceReader reactor,
            MavenOptions options)
            throws ScanException {
        Set<Path> covered = new HashSet<>();
        List<MavenModule> modules = new ArrayList<>();
        MavenProjectReader reader = new MavenProjectReader(context, reactor, options);
        for (Manifest pom : poms) {
            Path file = pom.file().toAbsolutePath().normalize();
            if (poms.size() > 1 && ("/" + pom.relativePath()).contains("/src/")) continue;
            if (covered.stream().anyMatch(file::startsWith)) continue;
            checkNotEmpty(file, pom.relativePath());
            List<MavenModule> reactorModules;
            try (Phase p = Phases.start("maven-models", pom.relativePath())) {
                reactorModules = reader.read(file, root);
            }
            covered.add(file.getParent());
            reactorModules.forEach(
                    m -> covered.add(m.pomFile().toAbsolutePath().normalize().getParent()));
            modules.addAll(reactorModules);
        }
        List<DependencyGraph> graphs;
        try (Phase p = Phases.start("maven-graphs", modules.size() + " modules")) {
            graphs = new ArrayList<>(new MavenGraphResolver(context).resolveAll(modules));
        }
        List<String> unknown = reader.unknownRequestedProfiles();
        if (!unknown.isEmpty() && !graphs.isEmpty()) {
            DependencyGraph first = graphs.get(0);
            for (String id : unknown) {
                first = first.withNote("the requested profile \"" + id.replaceFirst("^!", "") + "\" could not be "
                        + (id.startsWith("!") ? "deactivated" : "activated") + " because it does not exist");
            }
            graphs.set(0, first);
        }
        return new Resolved(graphs, modules);
    }

    private static void checkNotEmpty(Path pom, String name) throws InputException {
        try {
            if (Files.size(pom) == 0) {
                throw new InputException(name + ": the file is empty", "a pom.xml needs at least a <project> element");
            }
            byte[] head;
            try (var in = Files.newInputStream(pom)) {
                head = in.readNBytes(8192);
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new InputException(name + ": a binary file, not a text POM", "check the file");
                }
            }
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage(), "check the file's permissions");
        }
    }
}
