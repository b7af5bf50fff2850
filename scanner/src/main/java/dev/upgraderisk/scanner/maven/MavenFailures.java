package dev.upgraderisk.scanner.maven;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;

/** Turns resolver failures into one sentence: which artifact, which repositories were tried, what went wrong. */
final class MavenFailures {
    private MavenFailures() {}

    static String describe(ArtifactResolutionException e, List<RemoteRepository> repositories) {
        StringBuilder sb = new StringBuilder();
        for (ArtifactResult r : e.getResults()) {
            if (r.isResolved()) continue;
            if (!sb.isEmpty()) sb.append("; ");
            List<RemoteRepository> tried = r.getRequest().getRepositories().isEmpty()
                    ? repositories
                    : r.getRequest().getRepositories();
            sb.append("could not resolve ")
                    .append(r.getRequest().getArtifact())
                    .append(" from ")
                    .append(names(tried));
            Set<String> reasons = new LinkedHashSet<>();
            for (Exception x : r.getExceptions()) {
                if (x instanceof ArtifactNotFoundException
                        && String.valueOf(x.getMessage()).contains("offline")) {
                    reasons.add("not in the local repository, and offline mode forbids downloading it");
                } else {
                    // with several repositories, each reason names the one that gave it
                    String where =
                            tried.size() > 1 && x instanceof ArtifactTransferException t && t.getRepository() != null
                                    ? t.getRepository().getId() + ": "
                                    : "";
                    reasons.add(where + (x instanceof ArtifactNotFoundException ? "not found" : reason(x)));
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
        return repositories.stream()
                .map(r -> r.getId() + " (" + r.getUrl() + ")")
                .collect(Collectors.joining(", "));
    }

    /** A transfer failure in words: an unknown host, a refused connection or a timeout is not a missing artifact. */
    static String reason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UnknownHostException) {
                return "unknown host " + c.getMessage() + " (the name could not be resolved: check the URL, the DNS"
                        + " or the proxy settings)";
            }
            if (c instanceof ConnectException) {
                return "connection refused (" + rootMessage(c) + ")";
            }
            if (c instanceof SocketTimeoutException || c instanceof HttpTimeoutException) {
                return "timed out (" + rootMessage(c) + ")";
            }
        }
        return rootMessage(t);
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
