package dev.upgraderisk.kb;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A knowledge base that could not be loaded cleanly. Carries every problem found and the partial knowledge base
 * made of the entries that were valid, so that a caller can show all errors at once (and a linter can go on).
 */
public final class KnowledgeBaseException extends Exception {
    private final List<EntryProblem> problems;
    private final transient KnowledgeBase partial;

    public KnowledgeBaseException(List<EntryProblem> problems, KnowledgeBase partial) {
        super(problems.size() + " problem(s) in the knowledge base:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.partial = partial;
    }

    public List<EntryProblem> problems() {
        return problems;
    }

    /** The entries that were valid. */
    public KnowledgeBase partial() {
        return partial;
    }
}
