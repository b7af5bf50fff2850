package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.scanner.golang.GoModReader;
import dev.upgraderisk.scanner.gradle.GradleLockfileReader;
import dev.upgraderisk.scanner.gradle.GradleVerificationMetadataReader;
import dev.upgraderisk.scanner.manifest.LockfileReader;
import dev.upgraderisk.scanner.manifest.ManifestKind;
import dev.upgraderisk.scanner.npm.PackageLockReader;

/** The reader for each lockfile-style manifest kind, chosen here and nowhere else. */
final class LockfileReaders {
    private LockfileReaders() {}

    static LockfileReader forKind(ManifestKind kind) {
        return switch (kind) {
            case GO_MOD -> new GoModReader();
            case GRADLE_LOCKFILE -> new GradleLockfileReader();
            case GRADLE_VERIFICATION_METADATA -> new GradleVerificationMetadataReader();
            case NPM_LOCK, NPM_SHRINKWRAP -> new PackageLockReader();
            case MAVEN_POM -> throw new IllegalArgumentException("Maven projects are resolved, not read");
            case CYCLONEDX_JSON, CYCLONEDX_XML, SPDX_JSON ->
                throw new IllegalArgumentException("SBOMs are read by SbomReader, into one graph per ecosystem");
        };
    }
}
