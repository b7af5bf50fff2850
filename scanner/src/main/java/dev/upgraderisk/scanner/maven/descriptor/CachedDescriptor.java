package dev.upgraderisk.scanner.maven.descriptor;

import java.util.List;
import java.util.Map;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * A descriptor as the cache keeps it. {@code conditions} are the properties the POMs behind it could read (in
 * {@code ${...}} expressions and profile activations), each with the value it had, as a user property and as a system
 * property, when the model was built; the descriptor answers only while every one still has that value.
 * {@code repositoryId} names the repository the POM came from ({@code ""} for the local repository).
 */
record CachedDescriptor(
        List<Condition> conditions,
        String repositoryId,
        Map<String, String> artifactProperties,
        List<Dependency> dependencies,
        List<Dependency> managedDependencies,
        List<RemoteRepository> repositories,
        Map<String, Object> properties) {
    /** A property by name, with its user and system values ({@code null} when unset). */
    record Condition(String name, String user, String system) {}
}
