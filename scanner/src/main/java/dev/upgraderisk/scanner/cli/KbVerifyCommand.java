package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseException;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import dev.upgraderisk.kb.verify.TagVerification;
import dev.upgraderisk.kb.verify.TagVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kb verify --clones DIR [KB_DIR]}: checks every entry whose FIX or INTRODUCED reference is a commit or pull
 * request of a repository cloned under DIR against that repository's tags. One line per problem, exit 2 if any.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check entries' ranges against the git tags of their repositories: the FIX change is in the tag"
                + " of the fixed version and not in the last affected release; the INTRODUCED change is in the tag of"
                + " the introduced version and not in the release before it.")
final class KbVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--clones",
            required = true,
            paramLabel = "DIR",
            description = "Folder of git clones: owner+name/repo (as fetched), owner+name, owner/name or name.")
    Path clones;

    @Option(names = "--verbose", description = "Also list the entries verified and those that could not be checked.")
    boolean verbose;

    @Parameters(
            arity = "0..1",
            paramLabel = "KB_DIR",
            description = "The folder of entry files (default: knowledge-base/entries, else the current folder).")
    Path dir;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path folder = KbLintCommand.entriesFolder(dir);
        if (!Files.isDirectory(clones)) {
            err.println("error: --clones " + clones + " is not a folder");
            err.println("hint: give the folder that holds the git clones of the entries' repositories");
            return ExitCode.INPUT_ERROR.code();
        }
        try {
            KnowledgeBase kb = new KnowledgeBaseLoader().load(folder);
            TagVerification v = new TagVerifier(clones, TagVerifier.bundledTagPatterns()).verify(kb);
            v.problems().forEach(p -> out.println(folder.resolve(p)));
            if (verbose) {
                v.verified().forEach(id -> out.println("verified: " + id));
                v.skipped().forEach(s -> out.println("not checked: " + s));
            }
            out.println(kb.advisories().size() + " entries: " + v.verified().size() + " verified against tags, "
                    + (kb.advisories().size()
                            - v.verified().size()
                            - v.skipped().size()) + " with problems ("
                    + v.problems().size() + "), " + v.skipped().size() + " not checked (no cloned repository)");
            out.flush();
            return v.problems().isEmpty() ? ExitCode.CLEAN.code() : ExitCode.INPUT_ERROR.code();
        } catch (KnowledgeBaseException e) {
            e.problems().forEach(p -> err.println(folder.resolve(p.file()) + ": " + p.message()));
            err.println("fix the entries first (upgrade-risk kb lint " + folder + ")");
            return ExitCode.INPUT_ERROR.code();
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            err.println("hint: check the clones folder and the knowledge-base folder");
            return ExitCode.INPUT_ERROR.code();
        }
    }
}
