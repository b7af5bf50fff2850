package dev.upgraderisk.rules;

import dev.upgraderisk.kb.PackageName;
import java.util.List;
import java.util.Optional;

/** What a change between two revisions did to one package of one manifest: its version before and after. */
public record PackageChangeFacts(
        String manifest, PackageName pkg, Optional<String> before, Optional<String> after, boolean direct) {
    /** The package as rules see it, at its version after the change (or before, when it was removed). */
    PackageFacts asPackage() {
        String v = after.or(() -> before).orElse("");
        return new PackageFacts(
                manifest,
                pkg,
                v,
                "",
                false,
                direct,
                List.of(new DependencyPath(List.of(new PathStep(pkg, v)))),
                List.of());
    }
}
