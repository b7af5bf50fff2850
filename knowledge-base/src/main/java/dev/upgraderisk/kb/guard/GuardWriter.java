package dev.upgraderisk.kb.guard;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the configuration that keeps one update bot from proposing the affected versions of the packages. */
public sealed interface GuardWriter permits RenovatePresetWriter, DependabotConfigWriter {
    void write(List<GuardedPackage> packages, Writer out) throws IOException;
}
