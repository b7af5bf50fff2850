package dev.upgraderisk.scanner.gradle;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.kb.version.InvalidVersionException;
import dev.upgraderisk.kb.version.Version;
import dev.upgraderisk.rules.DependencyPath;
import dev.upgraderisk.rules.PathStep;
import dev.upgraderisk.scanner.graph.GraphNode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the two Gradle readers share: the shape of a node read from a flat list of components (no tree, so no
 * paths beyond the node itself and no mediation), their order, and the name of the project a file belongs to.
 */
final class GradleNodes {
    private GradleNodes() {}

    /** A package a Gradle file names: {@code group:artifact:version}, each part non-empty. */
    record Coordinates(String group, String artifact, String version) {}

    /**
     * A {@code jar} node with no classifier and no location, neither optional nor direct (the files do not say which
     * dependencies were declared), whose only path is the node itself.
     */
    static GraphNode node(Coordinates c, String scope) {
        PackageName pkg = PackageName.maven(c.group(), c.artifact());
        return new GraphNode(
                pkg,
                c.version(),
                "jar",
                "",
                "",
                scope,
                false,
                false,
                List.of(new DependencyPath(List.of(new PathStep(pkg, c.version())))),
                List.of(),
                List.of());
    }

    /** By package, then by Maven's version order (versions Maven cannot parse last, by text). */
    static List<GraphNode> sorted(Collection<GraphNode> nodes) {
        return nodes.stream()
                .sorted(Comparator.comparing(GraphNode::pkg)
                        .thenComparing(n -> mavenVersion(n.version()), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(GraphNode::version))
                .toList();
    }

    private static Version mavenVersion(String text) {
        try {
            return Ecosystem.MAVEN.versionScheme().parse(text);
        } catch (InvalidVersionException e) {
            return null;
        }
    }

    /**
     * The name of the folder that holds the project. That is {@code file}'s folder, or, when {@code file} sits in
     * {@code enclosing} (folder names, outermost first, such as {@code gradle} for
     * {@code gradle/verification-metadata.xml}), the folder that holds {@code enclosing}. Falls back to
     * {@code manifestPath} at a file-system root.
     */
    static String projectName(Path file, String manifestPath, String... enclosing) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (inside(file, enclosing)) {
            for (int i = 0; i < enclosing.length && folder != null; i++) {
                folder = folder.getParent();
            }
        }
        return Optional.ofNullable(folder)
                .map(Path::getFileName)
                .map(Path::toString)
                .orElse(manifestPath);
    }

    /** Whether the folders right above {@code file} are {@code enclosing} (outermost first). */
    static boolean inside(Path file, String... enclosing) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        for (int i = enclosing.length - 1; i >= 0; i--) {
            if (folder == null
                    || folder.getFileName() == null
                    || !folder.getFileName().toString().equals(enclosing[i])) {
                return false;
            }
            folder = folder.getParent();
        }
        return true;
    }

    /** Whether {@code s} holds a whitespace character anywhere. */
    static boolean hasWhitespace(String s) {
        return s.chars().anyMatch(Character::isWhitespace);
    }
}
