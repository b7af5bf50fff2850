package dev.upgraderisk.scanner.golang;

/** A module version that go.sum holds with the hash of its whole content (not only of its go.mod). */
record GoSumEntry(String path, String version, int line) {}
