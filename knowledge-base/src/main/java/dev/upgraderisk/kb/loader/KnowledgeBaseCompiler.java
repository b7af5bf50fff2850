package dev.upgraderisk.kb.loader;

import dev.upgraderisk.kb.KnowledgeBaseException;
import java.nio.file.Path;

/**
 * Build step: validates {@code knowledge-base/entries} and compiles it into the bundle the tool loads. A broken
 * entry fails the build, naming file and field.
 */
public final class KnowledgeBaseCompiler {
    private KnowledgeBaseCompiler() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: KnowledgeBaseCompiler ENTRIES_DIR BUNDLE_FILE");
        }
        try {
            new KnowledgeBaseLoader().writeBundle(Path.of(args[0]), Path.of(args[1]));
        } catch (KnowledgeBaseException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
