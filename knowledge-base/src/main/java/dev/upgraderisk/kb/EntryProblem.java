package dev.upgraderisk.kb;

/** One thing wrong with a knowledge-base file: where ({@code file}, {@code field}) and what. */
public record EntryProblem(String file, String field, String message) {
    @Override
    public String toString() {
        return field.isEmpty() ? file + ": " + message : file + ": " + field + ": " + message;
    }
}
