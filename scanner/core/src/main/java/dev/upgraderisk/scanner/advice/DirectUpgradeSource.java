package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.PackageName;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds the release of a direct dependency whose own graph brings a package at a safe version (or not at all). */
public interface DirectUpgradeSource {
    Optional<DirectUpgrade> find(
            String manifest, PackageName direct, String directVersion, PackageName pkg, Predicate<String> safe);
}
