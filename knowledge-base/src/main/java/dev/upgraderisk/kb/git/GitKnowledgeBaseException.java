package dev.upgraderisk.kb.git;

/** A knowledge-base update or load from git that failed; the message says why and what to do. */
public final class GitKnowledgeBaseException extends Exception {
    public GitKnowledgeBaseException(String message) {
        super(message);
    }

    public GitKnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
