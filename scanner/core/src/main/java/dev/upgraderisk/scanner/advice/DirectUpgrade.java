package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.PackageName;
import java.util.Optional;

/**
 * For a transitive risk: the release of the direct dependency that no longer brings the risk in — it brings
 * {@code brings} (a version no entry affects), or, when {@code brings} is empty, the package no more.
 */
public record DirectUpgrade(PackageName direct, String version, Optional<String> brings) {}
