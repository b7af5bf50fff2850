package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.manifest.Manifest;
import dev.upgraderisk.scanner.maven.MavenGraphResolver;
import dev.upgraderisk.scanner.maven.MavenModule;
import dev.upgraderisk.scanner.maven.MavenProjectReader;
import dev.upgraderisk.scanner.maven.MavenRepositoryContext;
import dev.upgraderisk.scanner.maven.ReactorWorkspaceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Maven side of a scan: every reactor among the pom.xml files found (shallowest first; a pom that is a module of
 * a reactor already read is not read again), resolved through one resolver session.
 */
final class MavenProjects {
    private MavenProjects() {
    }

    /** The graphs and the modules (for advice) of every reactor. */
    record Resolved(List<DependencyGraph> graphs, List<MavenModule> modules) {
    }

    static Resolved resolve(List<Manifest> poms, Path root, MavenRepositoryContext context,
            ReactorWorkspaceReader reactor, ScanRequest request) throws ScanException {
        Set<Path> claimed = new HashSet<>();
        List<MavenModule> modules = new ArrayList<>();
        MavenProjectReader reader = new MavenProjectReader(context, reactor, request.maven());
        for (Manifest pom : poms) {
            Path file = pom.file().toAbsolutePath().normalize();
            if (claimed.contains(file)) continue;
            checkNotEmpty(file, pom.relativePath());
            List<MavenModule> reactorModules = reader.read(file, root);
            reactorModules.forEach(m -> claimed.add(m.pomFile().toAbsolutePath().normalize()));
            modules.addAll(reactorModules);
        }
        return new Resolved(new MavenGraphResolver(context).resolveAll(modules), modules);
    }

    private static void checkNotEmpty(Path pom, String name) throws InputException {
        try {
            if (Files.size(pom) == 0) {
                throw new InputException(name + ": the file is empty", "a pom.xml needs at least a <project> element");
            }
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage(), "check the file's permissions");
        }
    }
}
