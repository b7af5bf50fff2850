package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.PackageName;
import java.util.List;

/** The published versions of a package, as its repository lists them; empty when they cannot be listed. */
public interface VersionSource {
    List<String> versions(String manifest, PackageName pkg);

    /** A name for reports: where the versions came from. */
    String describe();
}
