package dev.upgraderisk.scanner.advice;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.rules.Withdrawal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published versions of a package, as its repository lists them; empty when they cannot be listed. Where the
 * registry tells, also whether the publisher withdrew a version and when a version was published. Thread-safe.
 */
public interface VersionSource {
    List<String> versions(String manifest, PackageName pkg);

    /** A name for reports: where the versions came from. */
    String describe();

    /** Where the versions of this ecosystem's packages came from (a source serving several may differ by one). */
    default String describe(Ecosystem ecosystem) {
        return describe();
    }

    /** Whether this registry can tell withdrawals at all (Maven repositories cannot): if not, none is asked. */
    default boolean tellsWithdrawals() {
        return false;
    }

    /** Whether the publisher withdrew {@code version} (Go retraction, npm deprecation); empty when not, or not known. */
    default Optional<Withdrawal> withdrawal(PackageName pkg, String version) {
        return Optional.empty();
    }

    /** When {@code version} was published, where the registry says. */
    default Optional<Instant> released(PackageName pkg, String version) {
        return Optional.empty();
    }

    /** Registry hosts that did not answer in this run (so what they would have said is not known). */
    default List<String> unreachable() {
        return List.of();
    }
}
