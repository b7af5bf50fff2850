package dev.upgraderisk.scanner.evaluation;

import dev.upgraderisk.kb.git.GitKnowledgeBaseCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which advisories a run uses. The curated knowledge base is, in order: {@code folder} if given; else the one last
 * fetched by {@code kb update} (or the commit {@code pinnedCommit}) from the git cache; else the bundled one
 * ({@code bundledOnly} forces it). OSV security advisories from {@code osv} (folders or zip files) are added.
 */
public record KnowledgeBaseRequest(
        Optional<Path> folder, boolean bundledOnly, List<Path> osv, Optional<String> pinnedCommit, Path cache) {
    public KnowledgeBaseRequest {
        osv = List.copyOf(osv);
    }

    public static KnowledgeBaseRequest defaults() {
        return new KnowledgeBaseRequest(
                Optional.empty(), false, List.of(), Optional.empty(), GitKnowledgeBaseCache.defaultLocation());
    }

    public static KnowledgeBaseRequest folder(Path folder) {
        return new KnowledgeBaseRequest(
                Optional.of(folder), false, List.of(), Optional.empty(), GitKnowledgeBaseCache.defaultLocation());
    }

    public KnowledgeBaseRequest withOsv(List<Path> sources) {
        return new KnowledgeBaseRequest(folder, bundledOnly, sources, pinnedCommit, cache);
    }
}
