package dev.upgraderisk.scanner.npm;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.manifest.LockfileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an npm {@code package-lock.json} or {@code npm-shrinkwrap.json}, lockfileVersion 1, 2 or 3, offline: the
 * graph is the one the lockfile writes down.
 *
 * <p><b>Which section.</b> Versions 2 and 3 are read from {@code packages} (the {@code dependencies} that version 2
 * keeps for old npm is ignored); version 1 from its nested {@code dependencies}. A version 2 or 3 file without
 * {@code packages} is read from {@code dependencies}, and a file without {@code lockfileVersion} from whichever of the
 * two it has; both cases add a note.
 *
 * <p><b>Nodes.</b> One node per lock entry, {@code location} being the entry's place: the {@code packages} key
 * ({@code node_modules/a/node_modules/b}, {@code packages/app} for a workspace) or, for version 1, the same path built
 * from the nesting. The name is the package's published name: for an alias ({@code "x": "npm:real@^1"}) the real
 * name, with the alias (the folder name) in {@code relocatedFrom}. The version is the one written, kept as is when it
 * is not SemVer (a version 1 git or {@code file:} spec such as {@code github:user/repo#abc123}), and empty when the
 * entry has none. Type and classifier are empty.
 *
 * <p><b>Links.</b> A {@code link: true} entry (workspaces, {@code file:} folders) is resolved to its target: the target
 * entry is the node (at the target's location, with the target's name, version and flags), the link itself adds no
 * node, and anything that requires the link's name reaches the target. This is what {@code npm query} shows. A link
 * whose target the lockfile does not list is reported at the link's location with an empty version, and a note.
 *
 * <p><b>Scope and optional</b>, from npm's flags on the entry: {@code dev} when flagged {@code dev} (whatever else is
 * true); {@code dev-optional} when flagged {@code devOptional}; {@code optional} when flagged {@code optional};
 * {@code peer} when flagged {@code peer} (needed only as a peer of production packages); otherwise {@code prod}. The
 * node's optional flag is npm's {@code optional} flag (so a {@code dev} entry can be optional too, and a
 * {@code dev-optional} one is not). Bundled entries ({@code inBundle}, version 1 {@code bundled}) are ordinary nodes
 * and a note counts them.
 *
 * <p><b>Direct</b> means that the root declares the node's name in dependencies, devDependencies,
 * optionalDependencies or peerDependencies and that name, looked up from the root, leads to this node; workspace
 * folders are direct too. The root is the {@code packages[""]} entry; without one (always for version 1) the
 * package.json beside the lockfile; without that, the top-level entries that no other entry requires (a note says so).
 *
 * <p><b>Paths.</b> Edges follow Node's lookup: a dependency name required from location {@code L} is looked for in
 * {@code L/node_modules}, then in each folder above {@code L}. A package's edges are its dependencies,
 * optionalDependencies and peerDependencies (version 1: its {@code requires}), plus devDependencies for a folder
 * outside {@code node_modules} (a workspace is a project of its own). Each node gets the shortest chain from each
 * of the direct dependencies that reach it, keeping the 10 nearest, shortest first; every chain starts at a direct
 * dependency (a direct node's own chain is itself alone) and ends at the node. An entry that no direct dependency
 * reaches (extraneous) has no paths and is named in a note.
 *
 * <p><b>Root label</b>: {@code name@version} of the root package (the lock root entry, the lockfile's own fields, then
 * package.json), its name alone when it has no version, or else the folder that holds the lockfile.
 *
 * <p><b>Errors</b> are {@link InputException}s whose message starts with {@code manifestPath:line:column: } where the
 * position is known: not JSON, truncated JSON, a top-level value that is not an object, a lockfileVersion other than
 * 1, 2 or 3, an entry of {@code packages} or {@code dependencies} that is not an object, a field of the wrong type.
 * Files over 256 MiB are refused before they are read.
 */
public final class PackageLockReader implements LockfileReader {
    private static final JsonPointer LOCKFILE_VERSION = JsonPointer.empty().appendProperty("lockfileVersion");

    public PackageLockReader() {}

    @Override
    public DependencyGraph read(Path file, String manifestPath) throws InputException {
        LockJson lock = LockJson.read(file, manifestPath);
        JsonNode top = lock.root();
        List<String> notes = new ArrayList<>();
        int version = lockfileVersion(lock);
        boolean hasPackages = top.has("packages");
        boolean usePackages = version >= 2 ? hasPackages : version == 0 && hasPackages;
        if (version == 0) {
            notes.add("no lockfileVersion: read as version "
                    + (usePackages ? "2/3 (it has `packages`)" : "1 (it has no `packages`)"));
        } else if (version >= 2 && !hasPackages && top.has("dependencies")) {
            notes.add("lockfileVersion " + version + " without a `packages` section: read from the version 1 "
                    + "`dependencies` tree");
        }

        List<LockEntry> entries;
        Optional<RootPackage> lockRoot = Optional.empty();
        if (usePackages) {
            PackagesSection.Contents contents = PackagesSection.read(lock, top.get("packages"));
            entries = contents.entries();
            lockRoot = contents.root();
        } else {
            entries = LegacyDependencies.read(lock, top.get("dependencies"));
        }
        String lockName = lockRoot.map(RootPackage::name)
                .filter(n -> !n.isBlank())
                .orElse(top.path("name").asText(""));
        Optional<RootPackage> packageJson = lockRoot.isPresent() && !lockName.isBlank()
                ? Optional.empty()
                : packageJsonBeside(file, manifestPath, notes);
        Optional<RootPackage> declaredRoot = lockRoot.or(() -> packageJson);
        return NpmGraphBuilder.build(
                manifestPath, rootLabel(lock, lockRoot, packageJson, file), declaredRoot, entries, notes);
    }

    /** 1, 2 or 3; 0 when the field is absent. */
    private static int lockfileVersion(LockJson lock) throws InputException {
        JsonNode value = lock.root().get("lockfileVersion");
        if (value == null || value.isNull()) return 0;
        String hint = "this reader supports lockfileVersion 1, 2 and 3: regenerate the lockfile with an npm that "
                + "writes one of them (`npm install --package-lock-only --lockfile-version 3`), or use a newer "
                + "upgrade-risk";
        if (!value.isIntegralNumber()) {
            throw lock.fail(
                    LOCKFILE_VERSION, "lockfileVersion " + value + " is not supported; supported: 1, 2, 3", hint);
        }
        long version = value.longValue();
        if (version < 1 || version > 3) {
            throw lock.fail(
                    LOCKFILE_VERSION, "lockfileVersion " + version + " is not supported; supported: 1, 2, 3", hint);
        }
        return (int) version;
    }

    /** The package.json beside the lockfile, when there is one; when it cannot be read, a note and empty. */
    private static Optional<RootPackage> packageJsonBeside(Path lockFile, String manifestPath, List<String> notes) {
        Path file = lockFile.resolveSibling("package.json");
        int slash = manifestPath.lastIndexOf('/');
        String path = (slash < 0 ? "" : manifestPath.substring(0, slash + 1)) + "package.json";
        try {
            Optional<LockJson> json = LockJson.readIfPresent(file, path);
            if (json.isEmpty()) return Optional.empty();
            return Optional.of(RootPackage.read(json.get(), json.get().root(), JsonPointer.empty()));
        } catch (InputException e) {
            notes.add("the package.json beside the lockfile was not used: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String rootLabel(
            LockJson lock, Optional<RootPackage> lockRoot, Optional<RootPackage> packageJson, Path file) {
        JsonNode top = lock.root();
        List<RootPackage> candidates = new ArrayList<>();
        lockRoot.ifPresent(candidates::add);
        candidates.add(
                new RootPackage(top.path("name").asText(""), top.path("version").asText(""), List.of(), List.of()));
        packageJson.ifPresent(candidates::add);
        for (RootPackage candidate : candidates) {
            if (!candidate.name().isBlank()) return candidate.label();
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null || folder.getFileName() == null
                ? "."
                : folder.getFileName().toString();
    }
}
