package dev.upgraderisk.scanner.fix;

/** One manifest's text before and after a fix, and the change as a unified diff ({@code a/FILE}, {@code b/FILE}). */
public record FileEdit(String file, String before, String after, String diff) {}
