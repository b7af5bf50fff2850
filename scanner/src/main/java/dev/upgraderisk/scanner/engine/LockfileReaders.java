package dev.upgraderisk.scanner.engine;

import dev.upgraderisk.scanner.golang.GoModReader;
import dev.upgraderisk.scanner.manifest.LockfileReader;
import dev.upgraderisk.scanner.manifest.ManifestKind;

/** The reader for each lockfile-style manifest kind, chosen here and nowhere else. */
final class LockfileReaders {
    private LockfileReaders() {
    }

    static LockfileReader forKind(ManifestKind kind) {
        return switch (kind) {
            case GO_MOD -> new GoModReader();
            case NPM_LOCK, NPM_SHRINKWRAP, GRADLE_LOCKFILE, GRADLE_VERIFICATION_METADATA -> (file, path) -> {
                throw new InputException(path + ": " + kind.fileName() + " is not read yet", "");
            };
            case MAVEN_POM -> throw new IllegalArgumentException("Maven projects are resolved, not read");
        };
    }
}
