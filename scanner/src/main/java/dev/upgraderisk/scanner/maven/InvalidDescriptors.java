package dev.upgraderisk.scanner.maven;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelProblem;
import org.eclipse.aether.AbstractRepositoryListener;
import org.eclipse.aether.RepositoryEvent;
import org.eclipse.aether.artifact.Artifact;

/**
 * The dependency POMs that could not be read. Maven, like this tool, goes on without their dependencies and warns
 * ("the POM for X is invalid, transitive dependencies (if any) will not be available"); this listener keeps what it
 * would warn about so the graph can say it is incomplete.
 */
final class InvalidDescriptors extends AbstractRepositoryListener {
    private final Map<String, String> reasons = new ConcurrentHashMap<>();

    @Override
    public void artifactDescriptorInvalid(RepositoryEvent event) {
        reasons.putIfAbsent(key(event.getArtifact()), reason(event.getException()));
    }

    /** Why the POM of this artifact could not be read, if it could not. */
    Optional<String> reason(Artifact artifact) {
        return Optional.ofNullable(reasons.get(key(artifact)));
    }

    private static String key(Artifact a) {
        return a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getBaseVersion();
    }

    private static String reason(Exception e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ModelBuildingException mbe && !mbe.getProblems().isEmpty()) {
                ModelProblem first = mbe.getProblems().get(0);
                return first.getMessage() + (first.getLineNumber() > 0 ? " at line " + first.getLineNumber() : "");
            }
            root = t;
        }
        String message = root == null ? null : root.getMessage();
        return message == null || message.isBlank()
                ? (root == null ? "unreadable" : root.getClass().getSimpleName())
                : message.lines().findFirst().orElse(message);
    }
}
