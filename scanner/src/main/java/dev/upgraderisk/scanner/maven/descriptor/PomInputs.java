package dev.upgraderisk.scanner.maven.descriptor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.building.ModelCache;
import org.apache.maven.repository.internal.ModelCacheFactory;

/**
 * Which POMs a model was built from, and which properties they can read. Maven's model builder asks the session's
 * model cache for every parent ({@code raw}) and every imported BOM ({@code import}) before it reads one, and puts
 * what it read there afterwards; this cache factory wraps Maven's and records, per thread, the coordinates asked for
 * while a descriptor is being read. An imported BOM that the cache answers contributes the POMs recorded when it was
 * built (a superset, to be safe); one built before any recording makes the descriptor uncacheable.
 */
final class PomInputs implements ModelCacheFactory {
    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();
    private static final Map<Path, Optional<Set<String>>> NAMES = new ConcurrentHashMap<>();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern PROPERTY_ACTIVATION =
            Pattern.compile("<property>\\s*<name>\\s*!?([^<\\s]+)\\s*</name>", Pattern.DOTALL);
    private static final Pattern RANGE_PARENT =
            Pattern.compile("<parent>(?:(?!</parent>).)*<version>\\s*[\\[(]", Pattern.DOTALL);

    private static final Pattern ACTIVATION = Pattern.compile("<activation>(.*?)</activation>", Pattern.DOTALL);
    private static final Pattern FILE_ACTIVATION =
            Pattern.compile("<(exists|missing)>\\s*(.*?)\\s*</\\1>", Pattern.DOTALL);

    private static final String IMPORTED_FROM = PomInputs.class.getName() + ".importedFrom";

    private final ModelCacheFactory delegate;

    PomInputs(ModelCacheFactory delegate) {
        this.delegate = delegate;
    }

    /** The coordinates ({@code g:a:v}) of the POMs a descriptor's model was built from. */
    static final class Recording {
        final Set<String> poms = new HashSet<>();
        boolean complete = true;
        private final Recording outer;

        private Recording(Recording outer) {
            this.outer = outer;
        }
    }

    /** Starts recording on this thread (recordings nest: each sees what it asked for). */
    static Recording start() {
        Recording r = new Recording(CURRENT.get());
        CURRENT.set(r);
        return r;
    }

    static void stop(Recording r) {
        CURRENT.set(r.outer);
        if (r.outer != null) {
            r.outer.poms.addAll(r.poms);
            r.outer.complete &= r.complete;
        }
    }

    @Override
    public ModelCache createCache(org.eclipse.aether.RepositorySystemSession session) {
        // a graph collected for the cache of candidate graphs has a session of its own, but shares the scan's models
        org.eclipse.aether.RepositorySystemSession models = DescriptorRecorder.of(session)
                .map(DescriptorRecorder::modelSession)
                .orElse(session);
        ModelCache cache = delegate.createCache(models);
        // Maven asks for a cache per descriptor read, over the session's one: what each imported BOM was built from
        // must live as long as the session's cache does, or a later read that finds the BOM there cannot tell
        @SuppressWarnings("unchecked")
        Map<String, Set<String>> importedFrom =
                (Map<String, Set<String>>) models.getData().computeIfAbsent(IMPORTED_FROM, ConcurrentHashMap::new);
        // without a session cache Maven keeps no models between reads; a private map keeps the recording whole
        return cache != null
                ? new Recorder(cache, importedFrom)
                : new Recorder(new MapCache(), new ConcurrentHashMap<>());
    }

    /** A model cache for one model build, when the session has no cache to share. */
    private static final class MapCache implements ModelCache {
        private final Map<String, Object> entries = new ConcurrentHashMap<>();

        @Override
        public void put(String groupId, String artifactId, String version, String tag, Object data) {
            entries.put(groupId + ":" + artifactId + ":" + version + ":" + tag, data);
        }

        @Override
        public Object get(String groupId, String artifactId, String version, String tag) {
            return entries.get(groupId + ":" + artifactId + ":" + version + ":" + tag);
        }
    }

    /** Maven's session cache, telling the recording on the calling thread what it is asked for. */
    private static final class Recorder implements ModelCache {
        private final ModelCache cache;
        private final Map<String, Set<String>> importedFrom;

        Recorder(ModelCache cache, Map<String, Set<String>> importedFrom) {
            this.cache = cache;
            this.importedFrom = importedFrom;
        }

        @Override
        public void put(String groupId, String artifactId, String version, String tag, Object data) {
            cache.put(groupId, artifactId, version, tag, data);
            Recording r = CURRENT.get();
            String gav = groupId + ":" + artifactId + ":" + version;
            if (r == null) {
                // built outside any descriptor (a project's own model): a later hit cannot say what it read
                if (tag.equals("import")) importedFrom.remove(gav);
                return;
            }
            r.poms.add(gav);
            if (tag.equals("import")) importedFrom.put(gav, Set.copyOf(r.poms));
        }

        @Override
        public Object get(String groupId, String artifactId, String version, String tag) {
            Object data = cache.get(groupId, artifactId, version, tag);
            Recording r = CURRENT.get();
            if (data == null || r == null) return data;
            String gav = groupId + ":" + artifactId + ":" + version;
            r.poms.add(gav);
            if (tag.equals("import")) {
                Set<String> from = importedFrom.get(gav);
                if (from == null) r.complete = false;
                else r.poms.addAll(from);
            }
            return data;
        }
    }

    /**
     * Whether a profile of the POM is activated by a file that may be on this disk. A dependency's POM is built with
     * no project folder, and Maven's file activation is then false for a path that is not absolute once
     * interpolated: {@code ${basedir}} gives no path at all, and {@code ${project.basedir}} or a literal relative path
     * stays relative. Any other path ({@code ${java.home}/...}, {@code /etc/...}) depends on the disk.
     */
    static boolean readsDisk(String pom) {
        Matcher activation = ACTIVATION.matcher(pom);
        while (activation.find()) {
            if (!activation.group(1).contains("<file>")) continue;
            Matcher file = FILE_ACTIVATION.matcher(activation.group(1));
            while (file.find()) {
                String path = file.group(2);
                boolean project = path.startsWith("${basedir}") || path.startsWith("${project.basedir}");
                boolean relative =
                        !path.contains("${") && !path.startsWith("/") && !path.startsWith("\\") && !path.contains(":");
                if (!project && !relative) return true;
            }
        }
        return false;
    }

    /**
     * The properties a POM can read: names in {@code ${...}} expressions, names of property activations, and the
     * JDK and OS properties when it has such activations. Empty when the POM cannot be cached at all: unreadable, a
     * file activation that depends on the disk ({@link #readsDisk}), or a parent given as a version range (it depends
     * on what is published).
     */
    static Optional<Set<String>> readableProperties(Path pom) {
        return NAMES.computeIfAbsent(pom, PomInputs::scan);
    }

    private static Optional<Set<String>> scan(Path pom) {
        String text;
        try {
            text = Files.readString(pom, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (readsDisk(text) || RANGE_PARENT.matcher(text).find()) return Optional.empty();
        Set<String> names = new TreeSet<>();
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) names.add(m.group(1).strip());
        Matcher p = PROPERTY_ACTIVATION.matcher(text);
        while (p.find()) names.add(p.group(1));
        if (text.contains("<jdk>")) names.add("java.version");
        if (text.contains("<os>")) names.addAll(Set.of("os.name", "os.arch", "os.version"));
        return Optional.of(names);
    }
}
