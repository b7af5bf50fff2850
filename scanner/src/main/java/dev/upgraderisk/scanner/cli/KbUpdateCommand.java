package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.git.GitKnowledgeBaseCache;
import dev.upgraderisk.kb.git.GitKnowledgeBaseException;
import dev.upgraderisk.kb.git.GitKnowledgeBaseRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kb update --from URL|PATH [--ref REF]}: fetch a knowledge base from git and switch to it once validated;
 * a failed update leaves the previous one in use.
 */
@Command(
        name = "update",
        mixinStandardHelpOptions = true,
        description = "Fetch the knowledge base from a git repository (URL or local path) and switch to it atomically.")
final class KbUpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--from",
            paramLabel = "GIT_URL_OR_PATH",
            required = true,
            description = "The knowledge-base repository.")
    String from;

    @Option(names = "--ref", paramLabel = "REF", description = "Branch, tag or commit (default: the remote's HEAD).")
    String ref;

    @Option(
            names = "--kb-cache",
            paramLabel = "DIR",
            description = "Cache folder (default: $XDG_CACHE_HOME/upgrade-risk/kb or ~/.cache/upgrade-risk/kb).")
    Path cache;

    @Override
    public Integer call() {
        var cacheDir = cache != null ? cache : GitKnowledgeBaseCache.defaultLocation();
        try {
            Optional<GitKnowledgeBaseRef> before = new GitKnowledgeBaseCache(cacheDir).current();
            GitKnowledgeBaseRef now = new GitKnowledgeBaseCache(cacheDir).update(from, Optional.ofNullable(ref));
            var out = spec.commandLine().getOut();
            if (before.isPresent() && before.get().equals(now)) {
                out.println("knowledge base already at " + now.commit() + " (" + now.url() + ")");
            } else {
                out.println("knowledge base now at " + now.commit() + " (" + now.url() + ")"
                        + before.map(b -> ", was " + b.commit()).orElse(""));
            }
            out.flush();
            return ExitCode.CLEAN.code();
        } catch (GitKnowledgeBaseException e) {
            var err = spec.commandLine().getErr();
            err.println("error: " + e.getMessage());
            err.println(
                    "hint: check the URL or path and the ref; the previous knowledge base (if any) is still in use");
            err.flush();
            return ExitCode.INPUT_ERROR.code();
        } catch (IOException e) {
            var err = spec.commandLine().getErr();
            err.println("error: cannot read the cache " + cacheDir + ": " + e.getMessage());
            err.flush();
            return ExitCode.INPUT_ERROR.code();
        }
    }
}
