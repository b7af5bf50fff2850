package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.PackageName;
import java.util.Optional;

/**
 * Knows where a build decides a package's version (a Maven version source that read the project's models): the
 * change that moves {@code pkg} from {@code current} to {@code target}, or empty when it cannot tell.
 */
public interface BuildChangeSource {
    Optional<BuildChange> change(String manifest, PackageName pkg, String current, String target);
}
