package dev.upgraderisk.kb;

/**
 * Which knowledge base a report used: {@code kind} is {@code bundled}, {@code directory} or {@code git};
 * {@code location} says where (a path or URL, empty for bundled); {@code revision} identifies its content
 * (a content digest, or a git commit id).
 */
public record KnowledgeBaseOrigin(String kind, String location, String revision) {
    @Override
    public String toString() {
        return location.isEmpty() ? kind + " @ " + revision : kind + " " + location + " @ " + revision;
    }
}
