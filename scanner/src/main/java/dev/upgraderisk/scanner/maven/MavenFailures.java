package dev.upgraderisk.scanner.maven;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.transfer.ArtifactNotFoundException;

/** Turns resolver failures into one sentence: which artifact, which repositories were tried, what went wrong. */
final class MavenFailures {
    private MavenFailures() {
    }

    static String describe(ArtifactResolutionException e, List<RemoteRepository> repositories) {
        StringBuilder sb = new StringBuilder();
        for (ArtifactResult r : e.getResults()) {
            if (r.isResolved()) continue;
            if (!sb.isEmpty()) sb.append("; ");
            sb.append("could not resolve ").append(r.getRequest().getArtifact()).append(" from ")
                    .append(names(r.getRequest().getRepositories().isEmpty() ? repositories
                            : r.getRequest().getRepositories()));
            Set<String> reasons = new LinkedHashSet<>();
            for (Exception x : r.getExceptions()) {
                if (x instanceof ArtifactNotFoundException && String.valueOf(x.getMessage()).contains("offline")) {
                    reasons.add("not in the local repository, and offline mode forbids downloading it");
                } else {
                    reasons.add(x instanceof ArtifactNotFoundException ? "not found" : rootMessage(x));
                }
            }
            if (!reasons.isEmpty()) sb.append(": ").append(String.join("; ", reasons));
        }
        return sb.isEmpty() ? rootMessage(e) : sb.toString();
    }

    static String names(List<RemoteRepository> repositories) {
        if (repositories.isEmpty()) {
            return "no remote repository (the local repository only)";
        }
        return repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")").collect(Collectors.joining(", "));
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
