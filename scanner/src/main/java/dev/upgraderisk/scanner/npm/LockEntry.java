package dev.upgraderisk.scanner.npm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a lockfile, whatever its format: where it sits ({@code location}, a {@code packages} key or the
 * equivalent path built from v1 nesting), the package name as published, the version as written, the folder name it
 * was installed under when that is an alias, npm's flags, the link target for a {@code link: true} entry, and the
 * names of the dependencies it asks for (as Node looks them up: folder names, so alias names for aliases).
 */
record LockEntry(
        String location,
        String name,
        String version,
        Optional<String> aliasName,
        Flags flags,
        Optional<String> linkTarget,
        List<String> dependencyNames) {
    LockEntry {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(aliasName, "aliasName");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(linkTarget, "linkTarget");
        dependencyNames = List.copyOf(dependencyNames);
    }

    /** npm's own flags on an entry, as written in the lockfile ({@code bundled} in v1, {@code inBundle} later). */
    record Flags(boolean dev, boolean optional, boolean devOptional, boolean peer, boolean inBundle) {}

    boolean isLink() {
        return linkTarget.isPresent();
    }

    /** True when the entry is not inside any {@code node_modules} folder: a workspace, a linked folder. */
    boolean isTopLevelFolder() {
        return isTopLevelFolder(location);
    }

    static boolean isTopLevelFolder(String location) {
        return !location.equals("node_modules")
                && !location.startsWith("node_modules/")
                && !location.contains("/node_modules/")
                && !location.endsWith("/node_modules");
    }

    /**
     * The folder name a {@code node_modules} location installs its package under ({@code @scope/name} included), or
     * empty for a location outside {@code node_modules}.
     */
    static Optional<String> folderName(String location) {
        int at = location.lastIndexOf("node_modules/");
        if (at < 0 || (at > 0 && location.charAt(at - 1) != '/')) return Optional.empty();
        String name = location.substring(at + "node_modules/".length());
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
