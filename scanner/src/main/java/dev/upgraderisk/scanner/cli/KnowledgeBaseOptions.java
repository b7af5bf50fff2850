package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.git.GitKnowledgeBaseCache;
import dev.upgraderisk.scanner.evaluation.KnowledgeBaseRequest;
import dev.upgraderisk.scanner.options.FrontEndOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that choose the advisories, shared by {@code scan} and {@code kb}. */
final class KnowledgeBaseOptions {
    @Option(
            names = "--kb",
            paramLabel = "DIR|bundled",
            description = "Knowledge base: a folder of entry files, or 'bundled'. Default: the one fetched by "
                    + "`kb update` if any, else the bundled one.")
    String kb;

    @Option(
            names = "--kb-osv",
            paramLabel = "PATH",
            description = "Add OSV security advisories from a folder of OSV JSON files or an OSV zip (repeatable).")
    List<Path> osv = new ArrayList<>();

    @Option(
            names = "--kb-ref",
            paramLabel = "COMMIT",
            description = "Use this commit of the git knowledge base fetched by `kb update` (pins it).")
    String ref;

    @Option(
            names = "--kb-cache",
            paramLabel = "DIR",
            description =
                    "Cache of the git knowledge base (default: $XDG_CACHE_HOME/upgrade-risk/kb or ~/.cache/upgrade-risk/kb).")
    Path cache;

    KnowledgeBaseRequest toRequest() {
        return FrontEndOptions.knowledgeBase(kb, osv, Optional.ofNullable(ref), cacheDir());
    }

    Path cacheDir() {
        return cache != null ? cache : GitKnowledgeBaseCache.defaultLocation();
    }
}
