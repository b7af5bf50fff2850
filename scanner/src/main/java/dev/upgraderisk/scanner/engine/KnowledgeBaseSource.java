package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.kb.KnowledgeBase;
import dev.upgraderisk.kb.KnowledgeBaseException;
import dev.upgraderisk.kb.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Loads the knowledge base a request names; a broken one is refused with every problem listed. */
final class KnowledgeBaseSource {
    private KnowledgeBase bundled;

    KnowledgeBase load(Optional<Path> folder) throws InputException {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
        try {
            if (folder.isPresent()) {
                return loader.load(folder.get());
            }
            if (bundled == null) {
                bundled = loader.loadBundled();
            }
            return bundled;
        } catch (KnowledgeBaseException e) {
            throw new InputException("the knowledge base " + folder.map(Path::toString).orElse("(bundled)")
                    + " has invalid entries:\n" + e.problems().stream().map(p -> "  " + p)
                            .collect(java.util.stream.Collectors.joining("\n")),
                    "fix the entries named above (file: field: problem); `upgrade-risk kb lint` checks a folder", e);
        } catch (IOException e) {
            throw new InputException(folder.map(Path::toString).orElse("") + ": cannot read the knowledge base: "
                    + e.getMessage(), "give --kb a folder of entry files");
        }
    }
}
