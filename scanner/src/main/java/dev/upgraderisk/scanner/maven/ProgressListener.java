package dev.upgraderisk.scanner.maven;

import org.eclipse.aether.AbstractRepositoryListener;
import org.eclipse.aether.RepositoryEvent;

/** Passes the resolver's artifact events on to a {@link ResolutionProgress}. */
final class ProgressListener extends AbstractRepositoryListener {
    private final ResolutionProgress progress;

    ProgressListener(ResolutionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void artifactResolved(RepositoryEvent event) {
        if (event.getArtifact() != null && event.getException() == null) {
            progress.resolved(event.getArtifact().toString(), false);
        }
    }

    @Override
    public void artifactDownloaded(RepositoryEvent event) {
        if (event.getArtifact() != null && event.getException() == null) {
            progress.resolved(event.getArtifact().toString(), true);
        }
    }
}
