package dev.upgraderisk.rules;

import dev.upgraderisk.kb.PackageName;

/** One package on a dependency path, at the version that stood there. */
public record PathStep(PackageName pkg, String version) {
    @Override
    public String toString() {
        return pkg.name() + "@" + version;
    }
}
