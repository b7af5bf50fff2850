package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.PackageName;
import java.util.List;

/** The published versions of a package, as its repository lists them; empty when they cannot be listed. */
public interface VersionSource {
    List<String> versions(String manifest, PackageName pkg);

    /** A name for reports: where the versions came from. */
    String describe();

    /** Where the versions of this ecosystem's packages came from (a source serving several may differ by one). */
    default String describe(dev.upgraderisk.kb.Ecosystem ecosystem) {
        return describe();
    }
}
