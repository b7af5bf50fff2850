package dev.upgraderisk.scanner.cli;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseException;
import dev.upgraderisk.kb.loader.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb lint [DIR]}: validates a knowledge-base folder; every problem as file: field: message. */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = "Validate a knowledge-base folder (default: knowledge-base/entries, else the current folder).")
final class KbLintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The folder of entry files.")
    Path dir;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path folder = entriesFolder(dir);
        try {
            KnowledgeBase kb = new KnowledgeBaseLoader().load(folder);
            out.println(folder + ": " + kb.advisories().size() + " entries, no problems");
            out.flush();
            return ExitCode.CLEAN.code();
        } catch (KnowledgeBaseException e) {
            e.problems()
                    .forEach(p -> err.println(folder.resolve(p.file()) + ": "
                            + (p.field().isEmpty() ? "" : p.field() + ": ") + p.message()));
            err.println(e.problems().size() + " problem(s); "
                    + e.partial().advisories().size() + " valid entries");
            err.flush();
            return ExitCode.INPUT_ERROR.code();
        } catch (IOException e) {
            err.println("error: " + folder + ": " + e.getMessage());
            err.println("hint: give a folder of knowledge-base entry files");
            err.flush();
            return ExitCode.INPUT_ERROR.code();
        }
    }

    /** The folder given, else knowledge-base/entries when run from a checkout, else the current folder. */
    static Path entriesFolder(Path given) {
        if (given != null) return given;
        Path checkout = Path.of("knowledge-base/entries");
        return Files.isDirectory(checkout) ? checkout : Path.of(".");
    }
}
