package dev.upgraderisk.scanner.gradle;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.scanner.api.InputException;
import dev.upgraderisk.scanner.gradle.GradleNodes.Coordinates;
import dev.upgraderisk.scanner.graph.DependencyGraph;
import dev.upgraderisk.scanner.graph.GraphNode;
import dev.upgraderisk.scanner.manifest.LockfileReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Gradle dependency lockfile, in either of Gradle's two layouts:
 * <ul>
 * <li>one lockfile per project, {@code gradle.lockfile} (and {@code buildscript-gradle.lockfile},
 * {@code settings-gradle.lockfile} for script classpaths): lines {@code group:artifact:version=conf1,conf2}, a last
 * line {@code empty=conf3,conf4} naming the locked configurations that have no dependencies;</li>
 * <li>the older one lockfile per configuration, {@code gradle/dependency-locks/<configuration>.lockfile}: lines
 * {@code group:artifact:version}, the configuration being the file's name. Any {@code *.lockfile} in a folder named
 * {@code dependency-locks} is read this way, as {@code ManifestKind} recognises them.</li>
 * </ul>
 * Lines starting with {@code #} are comments. As in Gradle, the per-project file skips only empty lines, while the
 * per-configuration file also skips lines of whitespace.
 *
 * <p>Each (group, artifact, version) becomes one {@link GraphNode} (type {@code jar}, no classifier) whose scope is
 * the configurations that lock it, joined by {@code ,} in the order the file gives them (for the older format, the
 * file's name, {@code buildscript-} prefix included). A lockfile does not say which dependencies were declared, so
 * no node is {@code direct} and none is {@code optional}. Nor does it hold the dependency tree: each node's only path is the node itself, and the graph carries {@link #NO_TREE_NOTE}. The graph's
 * root is the name of the project's folder: the lockfile's folder, or the one holding {@code gradle/dependency-locks}.
 *
 * <p>A line Gradle would refuse ({@code Invalid lock state ... Line: ...}, or {@code The module notation does not
 * respect the lock file format of 'group:name:version'}) is an {@link InputException}, not a line to skip. This
 * reader is a little stricter than Gradle: it also refuses empty or whitespace-holding coordinates and empty
 * configuration names, which Gradle's parser lets through although no such package or configuration can exist.
 */
public final class GradleLockfileReader implements LockfileReader {
    /** The note every graph read from a lockfile carries. */
    public static final String NO_TREE_NOTE =
            "Gradle lockfiles list the resolved versions without the dependency tree: paths are not known";

    private static final String EMPTY_CONFIGURATIONS = "empty=";
    private static final String SUFFIX = ".lockfile";
    private static final Set<String> PER_PROJECT_NAMES =
            Set.of("gradle.lockfile", "buildscript-gradle.lockfile", "settings-gradle.lockfile");
    private static final String PER_PROJECT_HINT = "each entry is group:artifact:version=configuration,...; "
            + "regenerate the lockfile with `./gradlew dependencies --write-locks`";
    private static final String PER_CONFIGURATION_HINT = "each entry of a per-configuration lockfile is "
            + "group:artifact:version; regenerate it with `./gradlew dependencies --write-locks`";

    @Override
    public DependencyGraph read(Path file, String manifestPath) throws InputException {
        Optional<String> configuration = perConfiguration(file);
        Map<Coordinates, Set<String>> locked = new LinkedHashMap<>();
        List<String> lines = lines(file, manifestPath);
        for (int i = 0; i < lines.size(); i++) {
            Entry entry = new Entry(
                    manifestPath,
                    i + 1,
                    lines.get(i),
                    configuration.isPresent() ? PER_CONFIGURATION_HINT : PER_PROJECT_HINT);
            if (configuration.isPresent()) {
                readPerConfigurationLine(entry, configuration.get(), locked);
            } else {
                readPerProjectLine(entry, locked);
            }
        }
        List<GraphNode> nodes = new ArrayList<>();
        locked.forEach((c, confs) -> nodes.add(GradleNodes.node(c, String.join(",", confs))));
        String root = configuration.isEmpty()
                ? GradleNodes.projectName(file, manifestPath)
                : GradleNodes.inside(file, "gradle", "dependency-locks")
                        ? GradleNodes.projectName(file, manifestPath, "gradle", "dependency-locks")
                        : GradleNodes.projectName(file, manifestPath, "dependency-locks");
        return new DependencyGraph(
                manifestPath, Ecosystem.MAVEN, root, GradleNodes.sorted(nodes), List.of(NO_TREE_NOTE));
    }

    /** The configuration a per-configuration lockfile locks, or empty for a per-project lockfile. */
    private static Optional<String> perConfiguration(Path file) {
        String name = file.getFileName().toString();
        if (PER_PROJECT_NAMES.contains(name)
                || !name.endsWith(SUFFIX)
                || name.length() == SUFFIX.length()
                || !GradleNodes.inside(file, "dependency-locks")) {
            return Optional.empty();
        }
        return Optional.of(name.substring(0, name.length() - SUFFIX.length()));
    }

    private static void readPerProjectLine(Entry entry, Map<Coordinates, Set<String>> locked) throws InputException {
        String line = entry.text();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith(EMPTY_CONFIGURATIONS)) {
            return; // the configurations on the empty= line lock nothing
        }
        int equals = line.indexOf('=');
        if (equals < 0) {
            throw entry.fail("expected group:artifact:version=configuration,... but there is no '='");
        }
        if (line.indexOf('=', equals + 1) >= 0) {
            throw entry.fail("expected group:artifact:version=configuration,... but there is more than one '='");
        }
        Coordinates c = coordinates(entry, line.substring(0, equals));
        String configurations = line.substring(equals + 1);
        if (configurations.isEmpty()) {
            throw entry.fail("no configuration after '='");
        }
        Set<String> confs = locked.computeIfAbsent(c, k -> new LinkedHashSet<>());
        for (String conf : configurations.split(",", -1)) {
            if (conf.isEmpty() || GradleNodes.hasWhitespace(conf)) {
                throw entry.fail("the configuration name '" + conf + "' is empty or holds whitespace");
            }
            confs.add(conf);
        }
    }

    private static void readPerConfigurationLine(
            Entry entry, String configuration, Map<Coordinates, Set<String>> locked) throws InputException {
        String trimmed = entry.text().trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        if (entry.text().indexOf('=') >= 0) {
            throw entry.fail("a per-configuration lockfile lists group:artifact:version, without '=configurations'");
        }
        locked.computeIfAbsent(coordinates(entry, entry.text()), k -> new LinkedHashSet<>())
                .add(configuration);
    }

    private static Coordinates coordinates(Entry entry, String notation) throws InputException {
        String[] parts = notation.split(":", -1);
        if (parts.length != 3) {
            throw entry.fail("'" + Entry.shorten(notation) + "' is not group:artifact:version");
        }
        String[] names = {"group", "artifact", "version"};
        for (int i = 0; i < 3; i++) {
            if (parts[i].isEmpty()) {
                throw entry.fail("the " + names[i] + " of '" + Entry.shorten(notation) + "' is empty");
            }
            if (GradleNodes.hasWhitespace(parts[i])) {
                throw entry.fail("the " + names[i] + " of '" + Entry.shorten(notation) + "' holds whitespace");
            }
        }
        return new Coordinates(parts[0], parts[1], parts[2]);
    }

    /** The file's lines, as UTF-8 (as Gradle reads and writes it), without a leading byte-order mark. */
    private static List<String> lines(Path file, String manifestPath) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(manifestPath + ": no such file", "check the path of the lockfile", e);
        } catch (IOException e) {
            throw new InputException(
                    manifestPath + ": cannot be read: " + e.getMessage(),
                    "check that the lockfile is a readable file",
                    e);
        }
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes), text, true);
        text.flip();
        List<String> lines = new ArrayList<>(text.toString().lines().toList());
        if (result.isError()) {
            // the lines decoded so far end where the bad bytes start: the last one (or a new one) holds them
            boolean atLineStart = text.length() == 0
                    || text.charAt(text.length() - 1) == '\n'
                    || text.charAt(text.length() - 1) == '\r';
            int line = lines.size() + (atLineStart ? 1 : 0);
            throw new InputException(
                    manifestPath + ":" + Math.max(line, 1) + ": not UTF-8 text",
                    "Gradle writes lockfiles in UTF-8; regenerate it with `./gradlew dependencies --write-locks`");
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    /** One line of the file, to blame. */
    private record Entry(String manifestPath, int number, String text, String hint) {
        InputException fail(String what) {
            return new InputException(
                    manifestPath + ":" + number + ": not a lock entry: '" + shorten(text) + "': " + what, hint);
        }

        static String shorten(String s) {
            return s.length() <= 120 ? s : s.substring(0, 117) + "...";
        }
    }
}
